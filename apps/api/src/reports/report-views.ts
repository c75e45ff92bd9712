import type {
  PersonRef,
  ReportActions,
  ReportContent,
  ReportDetail,
  ReportingPeriod,
  ReportSummary,
} from '@egcc/contracts';
import { report as reportSubject } from '@egcc/policy';
import type { AuthenticatedMember } from '../auth/auth.types';
import { renderMarkdown } from '../discussions/markdown';
import type { Prisma } from '../generated/prisma/client';

/** A member as reports name them. */
export const personSelect = {
  id: true,
  name: true,
  handle: true,
  delegation: { select: { code: true, name: true } },
} satisfies Prisma.UserSelect;

type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

export const periodSelect = {
  id: true,
  code: true,
  label: true,
  startsOn: true,
  endsOn: true,
  dueOn: true,
} satisfies Prisma.ReportingPeriodSelect;

type PeriodRow = Prisma.ReportingPeriodGetPayload<{ select: typeof periodSelect }>;

/** What a list row needs. */
export const reportSummarySelect = {
  id: true,
  title: true,
  status: true,
  version: true,
  delegationId: true,
  delegation: { select: { id: true, code: true, name: true } },
  period: { select: periodSelect },
  meeting: { select: { id: true, title: true, startsAt: true } },
  updatedAt: true,
  submittedAt: true,
  publishedAt: true,
  _count: { select: { measures: true, gaps: true } },
} satisfies Prisma.NationalReportSelect;

/** The sections, in their order, as saved. */
export const reportContentSelect = {
  title: true,
  summary: true,
  goodPractices: true,
  nextSteps: true,
  measures: {
    orderBy: { position: 'asc' },
    select: {
      kind: true,
      status: true,
      title: true,
      description: true,
      focusAreas: { select: { focusAreaCode: true, focusArea: { select: { position: true } } } },
      uncrcArticles: { select: { articleNumber: true } },
    },
  },
  gaps: { orderBy: { position: 'asc' }, select: { kind: true, focusAreaCode: true, description: true } },
} satisfies Prisma.NationalReportSelect;

/** Everything a report's page shows. */
export const reportDetailSelect = {
  ...reportSummarySelect,
  ...reportContentSelect,
  returnedAt: true,
  createdBy: { select: personSelect },
  updatedBy: { select: personSelect },
  submittedBy: { select: personSelect },
  publishedBy: { select: personSelect },
  comments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, body: true, createdAt: true, author: { select: personSelect } },
  },
  attachments: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      createdAt: true,
      uploadedBy: { select: personSelect },
    },
  },
  threads: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1, select: { id: true } },
} satisfies Prisma.NationalReportSelect;

export type ReportSummaryRow = Prisma.NationalReportGetPayload<{ select: typeof reportSummarySelect }>;
export type ReportContentRow = Prisma.NationalReportGetPayload<{ select: typeof reportContentSelect }>;
export type ReportDetailRow = Prisma.NationalReportGetPayload<{ select: typeof reportDetailSelect }>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function toPeriod(row: PeriodRow): ReportingPeriod {
  return {
    id: row.id,
    code: row.code,
    label: row.label,
    startsOn: isoDate(row.startsOn),
    endsOn: isoDate(row.endsOn),
    dueOn: row.dueOn ? isoDate(row.dueOn) : null,
  };
}

export function toPerson(row: PersonRow | null): PersonRef | null {
  return row
    ? {
        id: row.id,
        name: row.name,
        handle: row.handle,
        delegation: row.delegation ? { code: row.delegation.code, name: row.delegation.name } : null,
      }
    : null;
}

export function toSummary(row: ReportSummaryRow): ReportSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    version: row.version,
    delegation: row.delegation,
    period: row.period ? toPeriod(row.period) : null,
    meeting: row.meeting
      ? { id: row.meeting.id, title: row.meeting.title, startsAt: row.meeting.startsAt.toISOString() }
      : null,
    measureCount: row._count.measures,
    gapCount: row._count.gaps,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** The report's content as a revision records it. */
export function toContent(row: ReportContentRow): ReportContent {
  return {
    title: row.title,
    summary: row.summary,
    measures: row.measures.map((m) => ({
      kind: m.kind,
      status: m.status,
      title: m.title,
      description: m.description,
      focusAreas: [...m.focusAreas]
        .sort((a, b) => a.focusArea.position - b.focusArea.position)
        .map((f) => f.focusAreaCode),
      uncrcArticles: m.uncrcArticles.map((a) => a.articleNumber).sort((a, b) => a - b),
    })),
    goodPractices: row.goodPractices,
    gaps: row.gaps.map((g) => ({ kind: g.kind, focusArea: g.focusAreaCode, description: g.description })),
    nextSteps: row.nextSteps,
  };
}

const rendered = (markdown: string) => ({ markdown, html: renderMarkdown(markdown).html });

/** What the member may do with the report now, from the policy. */
export function actionsFor(
  member: AuthenticatedMember,
  row: { delegationId: string; status: ReportDetail['status'] },
): ReportActions {
  const subject = reportSubject({ delegationId: row.delegationId, status: row.status });
  const review = member.ability.can('review', subject);
  const edit = member.ability.can('update', subject);
  return {
    edit,
    submit: member.ability.can('submit', subject),
    withdraw: member.ability.can('withdraw', subject),
    return: review,
    publish: review,
    attach: edit,
  };
}

/** Whether the member took part in the report's review: its delegation, the chair, the secretariat. */
function seesReview(member: AuthenticatedMember, row: { delegationId: string }): boolean {
  return member.ability.can('read', reportSubject({ delegationId: row.delegationId, status: 'SUBMITTED' }));
}

export function toDetail(member: AuthenticatedMember, row: ReportDetailRow): ReportDetail {
  const content = toContent(row);
  return {
    ...toSummary(row),
    summary: rendered(content.summary),
    measures: content.measures.map((m) => ({ ...m, description: rendered(m.description) })),
    goodPractices: rendered(content.goodPractices),
    gaps: content.gaps.map((g) => ({ ...g, description: rendered(g.description) })),
    nextSteps: rendered(content.nextSteps),
    createdBy: toPerson(row.createdBy),
    updatedBy: toPerson(row.updatedBy),
    submittedBy: toPerson(row.submittedBy),
    publishedBy: toPerson(row.publishedBy),
    returnedAt: row.returnedAt?.toISOString() ?? null,
    // Review stays between the delegation and its reviewers: a published report's readers see
    // the report, not what the secretariat asked the delegation to change on the way.
    comments: (seesReview(member, row) ? row.comments : []).map((c) => ({
      id: c.id,
      kind: c.kind,
      body: c.body,
      author: toPerson(c.author),
      createdAt: c.createdAt.toISOString(),
    })),
    attachments: row.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      uploadedBy: toPerson(a.uploadedBy),
      createdAt: a.createdAt.toISOString(),
      downloadUrl: `/api/v1/attachments/${a.id}/download`,
    })),
    threadId: row.threads[0]?.id ?? null,
    actions: actionsFor(member, row),
  };
}

/** Where a report is in the portal: what notifications link to. */
export const reportLink = (reportId: string) => `/reports/${reportId}`;
