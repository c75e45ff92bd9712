import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, PageQuery, page } from './common';
import { GapKindCode, MeasureKindCode, MeasureStatus, ReportStatus } from './enums';
import { AttachmentView } from './attachments';
import { FocusAreaCode, PersonRef } from './discussions';

// ---------------------------------------------------------------------------
// Reporting periods (half-years by default; admins add and edit them)
// ---------------------------------------------------------------------------

/** A period's stable code, e.g. "2026-H2". */
export const PeriodCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9-]{1,18}[A-Za-z0-9]$/,
    'must be 3 to 20 letters, digits or dashes, e.g. 2026-H2',
  )
  .transform((code) => code.toUpperCase());

export const ReportingPeriod = z
  .object({
    id: Id,
    code: z.string(),
    label: z.string(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    dueOn: IsoDate.nullable(),
  })
  .meta({ id: 'ReportingPeriod' });
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

const periodFields = {
  code: PeriodCode,
  label: z.string().trim().min(2, 'must be at least 2 characters').max(100),
  startsOn: IsoDate,
  endsOn: IsoDate,
  dueOn: IsoDate.nullable().default(null),
};

export const CreateReportingPeriodRequest = z
  .object(periodFields)
  .refine((p) => p.endsOn >= p.startsOn, { message: 'must not be before the start', path: ['endsOn'] })
  .meta({ id: 'CreateReportingPeriodRequest' });
export type CreateReportingPeriodRequest = z.infer<typeof CreateReportingPeriodRequest>;

export const UpdateReportingPeriodRequest = z
  .object({
    label: periodFields.label.optional(),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    dueOn: IsoDate.nullable().optional(),
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn, {
    message: 'must not be before the start',
    path: ['endsOn'],
  })
  .meta({ id: 'UpdateReportingPeriodRequest' });
export type UpdateReportingPeriodRequest = z.infer<typeof UpdateReportingPeriodRequest>;

// ---------------------------------------------------------------------------
// Report content: what a delegation writes, and what every revision keeps
// ---------------------------------------------------------------------------

/** Markdown that may be left empty while drafting. */
export const SectionText = z.string().trim().max(50_000, 'must be at most 50,000 characters').default('');

export const ReportTitle = z.string().trim().min(5, 'must be at least 5 characters').max(300);

export const ReportMeasure = z
  .object({
    kind: MeasureKindCode,
    status: MeasureStatus,
    title: z.string().trim().min(3, 'must be at least 3 characters').max(300),
    description: SectionText,
    focusAreas: z.array(FocusAreaCode).max(10).default([]),
    uncrcArticles: z.array(z.number().int().min(1).max(54)).max(54).default([]),
  })
  .meta({ id: 'ReportMeasure' });
export type ReportMeasure = z.infer<typeof ReportMeasure>;

export const ReportGap = z
  .object({
    kind: GapKindCode,
    focusArea: FocusAreaCode.nullable().default(null),
    description: z.string().trim().min(3, 'must be at least 3 characters').max(50_000),
  })
  .meta({ id: 'ReportGap' });
export type ReportGap = z.infer<typeof ReportGap>;

/** The sections of a report, as saved and as every revision records them. */
export const ReportContent = z
  .object({
    title: ReportTitle,
    summary: SectionText,
    measures: z.array(ReportMeasure).max(200).default([]),
    goodPractices: SectionText,
    gaps: z.array(ReportGap).max(200).default([]),
    nextSteps: SectionText,
  })
  .meta({ id: 'ReportContent' });
export type ReportContent = z.infer<typeof ReportContent>;
export type ReportContentInput = z.input<typeof ReportContent>;

/**
 * A new report for the member's own delegation: for a reporting period or for a meeting
 * (exactly one). The title defaults to "<Delegation>: national report, <period>".
 */
export const CreateReportRequest = ReportContent.extend({
  title: ReportTitle.optional(),
  periodId: Id.optional(),
  meetingId: Id.optional(),
})
  .refine((r) => Boolean(r.periodId) !== Boolean(r.meetingId), {
    message: 'name either a reporting period or a meeting',
    path: ['periodId'],
  })
  .meta({ id: 'CreateReportRequest' });
export type CreateReportRequest = z.infer<typeof CreateReportRequest>;

/** A report's version number: from 1, and within what the database stores (a larger one is a 400, not a 500). */
export const ReportVersion = z.number().int().min(1).max(2_147_483_647);

/** A save: the whole content, and the version it was based on (a stale one answers 409). */
export const SaveReportRequest = ReportContent.extend({
  version: ReportVersion,
}).meta({ id: 'SaveReportRequest' });
export type SaveReportRequest = z.infer<typeof SaveReportRequest>;

/** Return a submitted report to its delegation, saying what to change. */
export const ReturnReportRequest = z
  .object({ comment: z.string().trim().min(3, 'say what the delegation should change').max(5_000) })
  .meta({ id: 'ReturnReportRequest' });
export type ReturnReportRequest = z.infer<typeof ReturnReportRequest>;

// ---------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------

/** A delegation as reports name it. */
export const ReportDelegation = z
  .object({ id: Id, code: z.string(), name: z.string() })
  .meta({ id: 'ReportDelegation' });
export type ReportDelegation = z.infer<typeof ReportDelegation>;

export const MeetingRef = z
  .object({ id: Id, title: z.string(), startsAt: IsoDateTime })
  .meta({ id: 'MeetingRef' });
export type MeetingRef = z.infer<typeof MeetingRef>;

/** What the reader may do with the report now; the SPA shows only these actions. */
export const ReportActions = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    return: z.boolean(),
    publish: z.boolean(),
    attach: z.boolean(),
  })
  .meta({ id: 'ReportActions' });
export type ReportActions = z.infer<typeof ReportActions>;

export const ReportSummary = z
  .object({
    id: Id,
    title: z.string(),
    status: ReportStatus,
    version: z.number().int(),
    delegation: ReportDelegation,
    period: ReportingPeriod.nullable(),
    meeting: MeetingRef.nullable(),
    measureCount: z.number().int(),
    gapCount: z.number().int(),
    updatedAt: IsoDateTime,
    submittedAt: IsoDateTime.nullable(),
    publishedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportListQuery = PageQuery.extend({
  period: z.string().trim().max(20).optional(),
  delegation: z.string().trim().toLowerCase().max(8).optional(),
  status: ReportStatus.optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportPage = page(ReportSummary).meta({ id: 'ReportPage' });
export type ReportPage = z.infer<typeof ReportPage>;

/** A review comment; "RETURNED" ones say why the report went back to its delegation. */
export const ReportReviewComment = z
  .object({
    id: Id,
    kind: z.enum(['COMMENT', 'RETURNED']),
    body: z.string(),
    author: PersonRef.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'ReportReviewComment' });
export type ReportReviewComment = z.infer<typeof ReportReviewComment>;

/** Markdown sections come with their sanitised HTML, rendered as posts are. */
export const RenderedText = z.object({ markdown: z.string(), html: z.string() }).meta({ id: 'RenderedText' });
export type RenderedText = z.infer<typeof RenderedText>;

export const ReportMeasureView = ReportMeasure.omit({ description: true })
  .extend({ description: RenderedText })
  .meta({ id: 'ReportMeasureView' });
export type ReportMeasureView = z.infer<typeof ReportMeasureView>;

export const ReportGapView = ReportGap.omit({ description: true })
  .extend({ description: RenderedText })
  .meta({ id: 'ReportGapView' });
export type ReportGapView = z.infer<typeof ReportGapView>;

export const ReportDetail = ReportSummary.extend({
  summary: RenderedText,
  measures: z.array(ReportMeasureView),
  goodPractices: RenderedText,
  gaps: z.array(ReportGapView),
  nextSteps: RenderedText,
  createdBy: PersonRef.nullable(),
  updatedBy: PersonRef.nullable(),
  submittedBy: PersonRef.nullable(),
  publishedBy: PersonRef.nullable(),
  returnedAt: IsoDateTime.nullable(),
  comments: z.array(ReportReviewComment),
  attachments: z.array(AttachmentView),
  /** The report's discussion, once published. */
  threadId: Id.nullable(),
  actions: ReportActions,
}).meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

// ---------------------------------------------------------------------------
// Revisions and diffs
// ---------------------------------------------------------------------------

export const ReportRevisionEvent = z
  .enum(['CREATED', 'SAVED', 'SUBMITTED', 'WITHDRAWN', 'RETURNED', 'PUBLISHED'])
  .meta({ id: 'ReportRevisionEvent' });
export type ReportRevisionEvent = z.infer<typeof ReportRevisionEvent>;

export const ReportRevisionSummary = z
  .object({
    version: z.number().int(),
    event: ReportRevisionEvent,
    status: ReportStatus,
    createdBy: PersonRef.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'ReportRevisionSummary' });
export type ReportRevisionSummary = z.infer<typeof ReportRevisionSummary>;

export const ReportRevisionDetail = ReportRevisionSummary.extend({ content: ReportContent }).meta({
  id: 'ReportRevisionDetail',
});
export type ReportRevisionDetail = z.infer<typeof ReportRevisionDetail>;

export const ReportDiffQuery = z.object({
  from: z.coerce.number().pipe(ReportVersion),
  to: z.coerce.number().pipe(ReportVersion),
});
export type ReportDiffQuery = z.infer<typeof ReportDiffQuery>;

/** A run of text that both revisions share, or that one added or removed. */
export const DiffPart = z
  .object({ text: z.string(), change: z.enum(['SAME', 'ADDED', 'REMOVED']) })
  .meta({ id: 'DiffPart' });
export type DiffPart = z.infer<typeof DiffPart>;

export const ReportSectionKey = z
  .enum(['title', 'summary', 'measures', 'goodPractices', 'gaps', 'nextSteps'])
  .meta({ id: 'ReportSectionKey' });
export type ReportSectionKey = z.infer<typeof ReportSectionKey>;

export const ReportDiff = z
  .object({
    from: ReportRevisionSummary,
    to: ReportRevisionSummary,
    sections: z.array(
      z.object({
        key: ReportSectionKey,
        label: z.string(),
        changed: z.boolean(),
        /** Word by word, the section as plain text (measures and gaps one per paragraph). */
        parts: z.array(DiffPart),
      }),
    ),
  })
  .meta({ id: 'ReportDiff' });
export type ReportDiff = z.infer<typeof ReportDiff>;

// ---------------------------------------------------------------------------
// Regional overview and comparison
// ---------------------------------------------------------------------------

export const RegionalOverviewQuery = z.object({ period: z.string().trim().min(1).max(20) });
export type RegionalOverviewQuery = z.infer<typeof RegionalOverviewQuery>;

export const RegionalOverview = z
  .object({
    period: ReportingPeriod,
    focusAreas: z.array(z.object({ code: z.string(), name: z.string() })),
    /** One row per delegation with a published report for the period, by delegation name. */
    rows: z.array(
      z.object({
        delegation: ReportDelegation,
        report: z.object({ id: Id, title: z.string(), publishedAt: IsoDateTime }),
        /** In the order of `focusAreas`. */
        cells: z.array(
          z.object({ focusArea: z.string(), measures: z.number().int(), gaps: z.number().int() }),
        ),
        totals: z.object({ measures: z.number().int(), gaps: z.number().int() }),
      }),
    ),
    /** Active member delegations without a published report for the period. */
    notReported: z.array(ReportDelegation),
  })
  .meta({ id: 'RegionalOverview' });
export type RegionalOverview = z.infer<typeof RegionalOverview>;

export const ReportComparisonQuery = z.object({
  period: z.string().trim().min(1).max(20),
  /** Delegation codes, comma-separated, e.g. "dk,ee,fi". */
  delegations: z
    .string()
    .trim()
    .toLowerCase()
    .transform((list) => [
      ...new Set(
        list
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(8)).min(1, 'choose at least one delegation').max(12)),
});
export type ReportComparisonQuery = z.infer<typeof ReportComparisonQuery>;

export const ReportComparison = z
  .object({
    period: ReportingPeriod,
    /** The published reports of the chosen delegations, in the order asked for. */
    reports: z.array(ReportDetail),
    /** Chosen delegations with no published report for the period. */
    missing: z.array(ReportDelegation),
  })
  .meta({ id: 'ReportComparison' });
export type ReportComparison = z.infer<typeof ReportComparison>;

// ---------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------

// Defined with the posts' attachments, which use the same code.
export {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type AttachmentContentType,
  AttachmentView,
} from './attachments';

// ---------------------------------------------------------------------------
// Export: a report, or a period's regional compilation, as PDF or DOCX
// ---------------------------------------------------------------------------

export const ExportFormat = z.enum(['pdf', 'docx']).meta({ id: 'ExportFormat' });
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportQuery = z.object({
  format: z.string().trim().toLowerCase().pipe(ExportFormat).default('pdf'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
