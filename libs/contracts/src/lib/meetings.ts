import { z } from 'zod';
import { AttachmentView } from './attachments';
import { Id, IsoDate, IsoDateTime, OptionalText, PageQuery, page } from './common';
import { ActionItemStatus, AgendaItemKind, AttendanceResponse, MeetingStatus, MinutesStatus } from './enums';
import { PersonRef } from './people';
import { DiffPart, MeetingRef, RenderedText, ReportDelegation } from './reports';

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** Area/Location names ("Europe/Vilnius") and UTC; not offsets ("+02:00") or abbreviations. */
const IANA_ZONE_NAME = /^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

/** Whether this JavaScript engine knows the IANA time zone (aliases such as Europe/Kiev included). */
export function isIanaTimeZone(zone: string): boolean {
  if (!IANA_ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone, e.g. "Europe/Tallinn": the zone a meeting is held in. */
export const TimeZone = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .refine(isIanaTimeZone, 'must be an IANA time zone, e.g. Europe/Tallinn')
  .meta({ id: 'TimeZone', example: 'Europe/Vilnius' });

/** Markdown that may be left empty (agenda item descriptions, minutes while drafting). */
export const OptionalMarkdown = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .default('');

/** An online meeting link: https only, so members never get a plain-text or script link. */
export const OnlineMeetingUrl = z
  .string()
  .trim()
  .max(1000, 'must be at most 1,000 characters')
  .regex(/^https:\/\//i, 'must be an https:// link')
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: 'must be an https:// link' }));

/** An empty field clears the link. */
const OptionalOnlineMeetingUrl = z.union([z.literal('').transform(() => null), OnlineMeetingUrl]).nullable();

const MeetingTitle = z.string().trim().min(3, 'must be at least 3 characters').max(300);

/** A meeting lasts at most a week: longer is a typing mistake, not a meeting. */
export const MEETING_MAX_DAYS = 7;
const MEETING_MAX_MS = MEETING_MAX_DAYS * 24 * 60 * 60 * 1000;

const endsAfterStart = (m: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
  !m.startsAt || !m.endsAt || Date.parse(m.endsAt) > Date.parse(m.startsAt);
const notTooLong = (m: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
  !m.startsAt || !m.endsAt || Date.parse(m.endsAt) - Date.parse(m.startsAt) <= MEETING_MAX_MS;

/** A member or a delegation: who presents an agenda item, or owns an action item. */
export const MemberOrDelegation = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('MEMBER'), member: PersonRef }),
    z.object({ kind: z.literal('DELEGATION'), delegation: ReportDelegation }),
  ])
  .meta({ id: 'MemberOrDelegation' });
export type MemberOrDelegation = z.infer<typeof MemberOrDelegation>;

/** Ids in a request that names a member or a delegation, never both. */
const atMostOneOf = (v: { userId?: string | null | undefined; delegationId?: string | null | undefined }) =>
  !(v.userId && v.delegationId);

// ---------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------

const meetingFields = {
  title: MeetingTitle,
  /** Markdown: practical information, venue details, registration. */
  description: OptionalMarkdown(20_000),
  /** Instants; shown in `timeZone` and in the viewer's own zone. */
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  timeZone: TimeZone,
  place: OptionalText(500).default(null),
  onlineUrl: OptionalOnlineMeetingUrl.default(null),
  hostDelegationId: Id.nullable().default(null),
};

/** A new meeting (DRAFT): in person (place), online (link), or both. */
export const CreateMeetingRequest = z
  .object(meetingFields)
  .refine(endsAfterStart, { message: 'must be after the start', path: ['endsAt'] })
  .refine(notTooLong, { message: `a meeting lasts at most ${MEETING_MAX_DAYS} days`, path: ['endsAt'] })
  .refine((m) => Boolean(m.place || m.onlineUrl), {
    message: 'give a place, an online link, or both',
    path: ['place'],
  })
  .meta({ id: 'CreateMeetingRequest' });
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequest>;
export type CreateMeetingInput = z.input<typeof CreateMeetingRequest>;

/**
 * Changes to a meeting; omitted fields stay as they are. The service checks the rules that
 * need the stored record too (end after start, a place or a link left).
 */
export const UpdateMeetingRequest = z
  .object({
    title: MeetingTitle.optional(),
    description: z.string().trim().max(20_000).optional(),
    startsAt: IsoDateTime.optional(),
    endsAt: IsoDateTime.optional(),
    timeZone: TimeZone.optional(),
    place: OptionalText(500).optional(),
    onlineUrl: OptionalOnlineMeetingUrl.optional(),
    hostDelegationId: Id.nullable().optional(),
  })
  .refine(endsAfterStart, { message: 'must be after the start', path: ['endsAt'] })
  .refine(notTooLong, { message: `a meeting lasts at most ${MEETING_MAX_DAYS} days`, path: ['endsAt'] })
  .refine((m) => !(m.place === null && m.onlineUrl === null), {
    message: 'give a place, an online link, or both',
    path: ['place'],
  })
  .meta({ id: 'UpdateMeetingRequest' });
export type UpdateMeetingRequest = z.infer<typeof UpdateMeetingRequest>;

/** Cancelling tells members (and their calendars, through SEQUENCE) that the meeting is off. */
export const CancelMeetingRequest = z
  .object({ reason: z.string().trim().max(2_000).default('') })
  .meta({ id: 'CancelMeetingRequest' });
export type CancelMeetingRequest = z.infer<typeof CancelMeetingRequest>;

export const MeetingListQuery = PageQuery.extend({
  /** Upcoming: not yet ended, soonest first; past: ended, latest first. */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  status: MeetingStatus.optional(),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;

/** What the reader may do with the meeting now; the SPA shows only these actions. */
export const MeetingActions = z
  .object({
    edit: z.boolean(),
    cancel: z.boolean(),
    editAgenda: z.boolean(),
    publishAgenda: z.boolean(),
    answerAttendance: z.boolean(),
    viewRoster: z.boolean(),
    remindAttendance: z.boolean(),
    editMinutes: z.boolean(),
    circulateMinutes: z.boolean(),
    approveMinutes: z.boolean(),
    commentMinutes: z.boolean(),
    recordDecisions: z.boolean(),
    manageActionItems: z.boolean(),
  })
  .meta({ id: 'MeetingActions' });
export type MeetingActions = z.infer<typeof MeetingActions>;

export const MeetingSummary = z
  .object({
    id: Id,
    title: z.string(),
    status: MeetingStatus,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    hostDelegation: ReportDelegation.nullable(),
    cancelledAt: IsoDateTime.nullable(),
    /** The latest published agenda version; null while the agenda is a draft. */
    agendaVersion: z.number().int().nullable(),
    /** The reader's own answer; null until they answer. */
    myAttendance: AttendanceResponse.nullable(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingPage = page(MeetingSummary).meta({ id: 'MeetingPage' });
export type MeetingPage = z.infer<typeof MeetingPage>;

export const MeetingDetail = MeetingSummary.extend({
  description: RenderedText,
  /** Why the meeting was called off, as told to members; null unless cancelled with a reason. */
  cancellationReason: z.string().nullable(),
  createdBy: PersonRef.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** iCalendar SEQUENCE: grows whenever members' calendars must update. */
  icalSequence: z.number().int(),
  attachments: z.array(AttachmentView),
  actions: MeetingActions,
}).meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.infer<typeof MeetingDetail>;

// ---------------------------------------------------------------------------
// Agenda
// ---------------------------------------------------------------------------

export const AGENDA_MAX_ITEMS = 100;
/** One item runs at most a (long) day. */
export const AGENDA_ITEM_MAX_MINUTES = 600;
const AGENDA_ITEM_MAX_LINKS = 20;

/** Version numbers and positions, within what the database stores (a larger one is a 400, not a 500). */
const MeetingVersion = z.number().int().min(1).max(2_147_483_647);

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;
const LinkIds = z.array(Id).max(AGENDA_ITEM_MAX_LINKS).refine(distinct, 'must not repeat an id');

const agendaItemFields = {
  title: z.string().trim().min(3, 'must be at least 3 characters').max(300),
  description: OptionalMarkdown(20_000),
  kind: AgendaItemKind,
  durationMinutes: z
    .number()
    .int('must be whole minutes')
    .min(1, 'must be at least 1 minute')
    .max(AGENDA_ITEM_MAX_MINUTES, `must be at most ${AGENDA_ITEM_MAX_MINUTES} minutes`),
  /** Presented by a member or by a delegation (not both); neither for the chair's own items. */
  presenterUserId: Id.nullable().default(null),
  presenterDelegationId: Id.nullable().default(null),
  /** National reports and discussion threads the item covers. */
  reportIds: LinkIds.default([]),
  threadIds: LinkIds.default([]),
};

/** A new agenda item, added at the end (or before the item now at `position`, 1-based). */
export const CreateAgendaItemRequest = z
  .object({ ...agendaItemFields, position: z.number().int().min(1).max(AGENDA_MAX_ITEMS).optional() })
  .refine((i) => atMostOneOf({ userId: i.presenterUserId, delegationId: i.presenterDelegationId }), {
    message: 'name a presenting member or a presenting delegation, not both',
    path: ['presenterUserId'],
  })
  .meta({ id: 'CreateAgendaItemRequest' });
export type CreateAgendaItemRequest = z.infer<typeof CreateAgendaItemRequest>;
export type CreateAgendaItemInput = z.input<typeof CreateAgendaItemRequest>;

export const UpdateAgendaItemRequest = z
  .object({
    title: agendaItemFields.title.optional(),
    description: z.string().trim().max(20_000).optional(),
    kind: AgendaItemKind.optional(),
    durationMinutes: agendaItemFields.durationMinutes.optional(),
    presenterUserId: Id.nullable().optional(),
    presenterDelegationId: Id.nullable().optional(),
    reportIds: LinkIds.optional(),
    threadIds: LinkIds.optional(),
  })
  .refine((i) => atMostOneOf({ userId: i.presenterUserId, delegationId: i.presenterDelegationId }), {
    message: 'name a presenting member or a presenting delegation, not both',
    path: ['presenterUserId'],
  })
  .meta({ id: 'UpdateAgendaItemRequest' });
export type UpdateAgendaItemRequest = z.infer<typeof UpdateAgendaItemRequest>;

/** The agenda's new order: every item of the meeting, each once. */
export const ReorderAgendaRequest = z
  .object({
    itemIds: z
      .array(Id)
      .min(1, 'is required')
      .max(AGENDA_MAX_ITEMS)
      .refine(distinct, 'must list every item once'),
  })
  .meta({ id: 'ReorderAgendaRequest' });
export type ReorderAgendaRequest = z.infer<typeof ReorderAgendaRequest>;

export const AgendaReportLink = z
  .object({ id: Id, title: z.string(), delegation: ReportDelegation })
  .meta({ id: 'AgendaReportLink' });
export type AgendaReportLink = z.infer<typeof AgendaReportLink>;

export const AgendaThreadLink = z.object({ id: Id, title: z.string() }).meta({ id: 'AgendaThreadLink' });
export type AgendaThreadLink = z.infer<typeof AgendaThreadLink>;

export const AgendaItemView = z
  .object({
    id: Id,
    /** 1-based. */
    position: z.number().int(),
    title: z.string(),
    description: RenderedText,
    kind: AgendaItemKind,
    durationMinutes: z.number().int(),
    presenter: MemberOrDelegation.nullable(),
    /** Only the links the reader may see (a draft report stays hidden from other delegations). */
    reports: z.array(AgendaReportLink),
    threads: z.array(AgendaThreadLink),
    /** The "follow-up of action items" item that opens an agenda. */
    isActionItemFollowUp: z.boolean(),
    /**
     * Follow-up item only: the action items of earlier meetings that were still open when this
     * meeting started (or are open now, before it starts), with their current status.
     */
    actionItems: z.lazy(() => z.array(ActionItemSummary)).optional(),
    /** Running time plan: when the item starts if every item before it keeps to time. */
    plannedStartsAt: IsoDateTime,
  })
  .meta({ id: 'AgendaItemView' });
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const Agenda = z
  .object({
    meetingId: Id,
    items: z.array(AgendaItemView),
    /** Sum of the items' durations. */
    totalMinutes: z.number().int(),
    /** How long the meeting lasts, start to end. */
    meetingMinutes: z.number().int(),
    /** Minutes the agenda runs past the meeting's end; 0 when it fits. */
    overrunMinutes: z.number().int(),
    /** The latest published version; null while the agenda is a draft. */
    publishedVersion: z.number().int().nullable(),
    /** Whether the items differ from the latest published version (publishing makes a new one). */
    changedSincePublished: z.boolean(),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof Agenda>;

/** Publishing freezes the agenda as the next version and tells members; the note goes in the message. */
export const PublishAgendaRequest = z
  .object({ note: z.string().trim().max(2_000).default('') })
  .meta({ id: 'PublishAgendaRequest' });
export type PublishAgendaRequest = z.infer<typeof PublishAgendaRequest>;

// Agenda versions: what AgendaVersion.snapshot stores, and the diff between two of them.

export const AgendaSnapshotItem = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string(),
    kind: AgendaItemKind,
    durationMinutes: z.number().int(),
    presenter: z.object({ kind: z.enum(['MEMBER', 'DELEGATION']), id: Id, name: z.string() }).nullable(),
    reports: z.array(z.object({ id: Id, title: z.string() })),
    threads: z.array(z.object({ id: Id, title: z.string() })),
    isActionItemFollowUp: z.boolean(),
  })
  .meta({ id: 'AgendaSnapshotItem' });
export type AgendaSnapshotItem = z.infer<typeof AgendaSnapshotItem>;

/** The agenda as published: the meeting's particulars at the time and the items in order. */
export const AgendaSnapshot = z
  .object({
    meeting: z.object({
      title: z.string(),
      startsAt: IsoDateTime,
      endsAt: IsoDateTime,
      timeZone: z.string(),
      place: z.string().nullable(),
      onlineUrl: z.string().nullable(),
    }),
    items: z.array(AgendaSnapshotItem),
  })
  .meta({ id: 'AgendaSnapshot' });
export type AgendaSnapshot = z.infer<typeof AgendaSnapshot>;

export const AgendaVersionSummary = z
  .object({
    number: z.number().int(),
    publishedAt: IsoDateTime,
    publishedBy: PersonRef.nullable(),
    itemCount: z.number().int(),
  })
  .meta({ id: 'AgendaVersionSummary' });
export type AgendaVersionSummary = z.infer<typeof AgendaVersionSummary>;

export const AgendaVersionDetail = AgendaVersionSummary.extend({ snapshot: AgendaSnapshot }).meta({
  id: 'AgendaVersionDetail',
});
export type AgendaVersionDetail = z.infer<typeof AgendaVersionDetail>;

export const AgendaDiffQuery = z
  .object({
    from: z.coerce.number().pipe(MeetingVersion),
    to: z.coerce.number().pipe(MeetingVersion),
  })
  .refine((q) => q.from !== q.to, { message: 'choose two different versions', path: ['to'] });
export type AgendaDiffQuery = z.infer<typeof AgendaDiffQuery>;

export const AgendaItemField = z
  .enum(['title', 'description', 'kind', 'durationMinutes', 'presenter', 'reports', 'threads', 'position'])
  .meta({ id: 'AgendaItemField' });
export type AgendaItemField = z.infer<typeof AgendaItemField>;

export const AgendaItemChange = z
  .object({
    itemId: Id,
    change: z.enum(['ADDED', 'REMOVED', 'CHANGED', 'UNCHANGED']),
    /** 1-based positions; null where the item is not in that version. */
    fromPosition: z.number().int().nullable(),
    toPosition: z.number().int().nullable(),
    before: AgendaSnapshotItem.nullable(),
    after: AgendaSnapshotItem.nullable(),
    /** Fields that differ, moves included. */
    changedFields: z.array(AgendaItemField),
    /** Word by word, title and description as plain text; empty for unchanged items. */
    parts: z.array(DiffPart),
  })
  .meta({ id: 'AgendaItemChange' });
export type AgendaItemChange = z.infer<typeof AgendaItemChange>;

export const AgendaDiff = z
  .object({
    from: AgendaVersionSummary,
    to: AgendaVersionSummary,
    /** Changes to the meeting itself (time, zone, place, link, title). */
    meetingChanges: z.array(
      z.object({
        field: z.enum(['title', 'startsAt', 'endsAt', 'timeZone', 'place', 'onlineUrl']),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ),
    /** In the order of the newer version, removed items where they stood. */
    items: z.array(AgendaItemChange),
  })
  .meta({ id: 'AgendaDiff' });
export type AgendaDiff = z.infer<typeof AgendaDiff>;

// ---------------------------------------------------------------------------
// Attendance
// ---------------------------------------------------------------------------

/** A member's own answer; observers answer too. */
export const AnswerAttendanceRequest = z
  .object({ response: AttendanceResponse, comment: OptionalText(500).default(null) })
  .meta({ id: 'AnswerAttendanceRequest' });
export type AnswerAttendanceRequest = z.infer<typeof AnswerAttendanceRequest>;

export const AttendanceView = z
  .object({
    meetingId: Id,
    response: AttendanceResponse,
    comment: z.string().nullable(),
    respondedAt: IsoDateTime,
  })
  .meta({ id: 'AttendanceView' });
export type AttendanceView = z.infer<typeof AttendanceView>;

export const AttendanceCounts = z
  .object({
    IN_PERSON: z.number().int(),
    ONLINE: z.number().int(),
    NOT_ATTENDING: z.number().int(),
    TENTATIVE: z.number().int(),
    notAnswered: z.number().int(),
  })
  .meta({ id: 'AttendanceCounts' });
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;

export const RosterEntry = z
  .object({
    member: PersonRef,
    /** Null: has not answered yet. */
    response: AttendanceResponse.nullable(),
    comment: z.string().nullable(),
    respondedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'RosterEntry' });
export type RosterEntry = z.infer<typeof RosterEntry>;

/** Chairs' and admins' view: every active member, by delegation (null: the secretariat). */
export const AttendanceRoster = z
  .object({
    meetingId: Id,
    counts: AttendanceCounts,
    delegations: z.array(
      z.object({
        delegation: ReportDelegation.nullable(),
        counts: AttendanceCounts,
        members: z.array(RosterEntry),
      }),
    ),
    notAnswered: z.array(PersonRef),
  })
  .meta({ id: 'AttendanceRoster' });
export type AttendanceRoster = z.infer<typeof AttendanceRoster>;

/**
 * A reminder goes to the members who have not answered, once: those reminded within the last
 * 24 hours are not reminded again, and are counted in `alreadyReminded` instead.
 */
export const AttendanceReminderResult = z
  .object({ reminded: z.number().int(), alreadyReminded: z.number().int(), remindedAt: IsoDateTime })
  .meta({ id: 'AttendanceReminderResult' });
export type AttendanceReminderResult = z.infer<typeof AttendanceReminderResult>;

// ---------------------------------------------------------------------------
// Minutes
// ---------------------------------------------------------------------------

export const MinutesEntryInput = z
  .object({
    /** Null: the general part, not tied to an agenda item. */
    agendaItemId: Id.nullable(),
    body: OptionalMarkdown(50_000),
  })
  .meta({ id: 'MinutesEntryInput' });
export type MinutesEntryInput = z.infer<typeof MinutesEntryInput>;

/** A save of the whole draft; `version` is the one it was based on (a stale one answers 409). */
export const SaveMinutesRequest = z
  .object({
    version: MeetingVersion,
    entries: z
      .array(MinutesEntryInput)
      .max(AGENDA_MAX_ITEMS + 1)
      .refine((entries) => distinct(entries.map((e) => e.agendaItemId ?? 'general')), {
        message: 'must have one entry per agenda item',
      }),
  })
  .meta({ id: 'SaveMinutesRequest' });
export type SaveMinutesRequest = z.infer<typeof SaveMinutesRequest>;

/** Circulating sends the draft to members for comment. */
export const CirculateMinutesRequest = z
  .object({ version: MeetingVersion, note: z.string().trim().max(2_000).default('') })
  .meta({ id: 'CirculateMinutesRequest' });
export type CirculateMinutesRequest = z.infer<typeof CirculateMinutesRequest>;

/** Approval locks the minutes; usually recorded at the next meeting. */
export const ApproveMinutesRequest = z
  .object({ version: MeetingVersion, approvedAtMeetingId: Id.nullable().default(null) })
  .meta({ id: 'ApproveMinutesRequest' });
export type ApproveMinutesRequest = z.infer<typeof ApproveMinutesRequest>;

export const CreateMinutesCommentRequest = z
  .object({
    agendaItemId: Id.nullable().default(null),
    body: z.string().trim().min(1, 'is required').max(10_000, 'must be at most 10,000 characters'),
  })
  .meta({ id: 'CreateMinutesCommentRequest' });
export type CreateMinutesCommentRequest = z.infer<typeof CreateMinutesCommentRequest>;

export const MinutesEntryView = z
  .object({
    agendaItemId: Id.nullable(),
    /** The item's title and position as on the agenda; null for the general part. */
    agendaItemTitle: z.string().nullable(),
    position: z.number().int().nullable(),
    body: RenderedText,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'MinutesEntryView' });
export type MinutesEntryView = z.infer<typeof MinutesEntryView>;

export const MinutesCommentView = z
  .object({
    id: Id,
    agendaItemId: Id.nullable(),
    author: PersonRef.nullable(),
    body: RenderedText,
    /** The version of the minutes the comment was made on (a revision keeps the comment with it). */
    version: z.number().int(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'MinutesCommentView' });
export type MinutesCommentView = z.infer<typeof MinutesCommentView>;

export const MinutesView = z
  .object({
    id: Id,
    meetingId: Id,
    status: MinutesStatus,
    version: z.number().int(),
    circulatedAt: IsoDateTime.nullable(),
    approvedAt: IsoDateTime.nullable(),
    approvedBy: PersonRef.nullable(),
    approvedAtMeeting: MeetingRef.nullable(),
    entries: z.array(MinutesEntryView),
    comments: z.array(MinutesCommentView),
    updatedAt: IsoDateTime,
    /** The first later meeting that is not cancelled: approval comes at (or after) it; null when none is scheduled. */
    nextMeeting: MeetingRef.nullable(),
    /** Later meetings, not cancelled, that have started: where the minutes may be approved now (the next one first). */
    approvalMeetings: z.array(MeetingRef),
  })
  .meta({ id: 'MinutesView' });
export type MinutesView = z.infer<typeof MinutesView>;

/** What MinutesRevision.snapshot stores: every saved version is kept. */
export const MinutesSnapshot = z
  .object({
    entries: z.array(
      z.object({
        agendaItemId: Id.nullable(),
        agendaItemTitle: z.string().nullable(),
        /** The item's position on the agenda at the time; null for the general part. */
        position: z.number().int().nullable().default(null),
        body: z.string(),
      }),
    ),
  })
  .meta({ id: 'MinutesSnapshot' });
export type MinutesSnapshot = z.infer<typeof MinutesSnapshot>;

export const MinutesRevisionSummary = z
  .object({
    version: z.number().int(),
    status: MinutesStatus,
    createdBy: PersonRef.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'MinutesRevisionSummary' });
export type MinutesRevisionSummary = z.infer<typeof MinutesRevisionSummary>;

export const MinutesRevisionDetail = MinutesRevisionSummary.extend({
  snapshot: MinutesSnapshot,
  /** The snapshot's entries with their Markdown rendered, in agenda order (the general part first). */
  entries: z.array(
    z.object({
      agendaItemId: Id.nullable(),
      agendaItemTitle: z.string().nullable(),
      position: z.number().int().nullable(),
      body: RenderedText,
    }),
  ),
}).meta({
  id: 'MinutesRevisionDetail',
});
export type MinutesRevisionDetail = z.infer<typeof MinutesRevisionDetail>;

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

const DecisionText = z.string().trim().min(3, 'must be at least 3 characters').max(5_000);

export const CreateDecisionRequest = z
  .object({ agendaItemId: Id.nullable().default(null), text: DecisionText })
  .meta({ id: 'CreateDecisionRequest' });
export type CreateDecisionRequest = z.infer<typeof CreateDecisionRequest>;

export const UpdateDecisionRequest = z.object({ text: DecisionText }).meta({ id: 'UpdateDecisionRequest' });
export type UpdateDecisionRequest = z.infer<typeof UpdateDecisionRequest>;

export const AgendaItemRef = z
  .object({ id: Id, title: z.string(), position: z.number().int() })
  .meta({ id: 'AgendaItemRef' });
export type AgendaItemRef = z.infer<typeof AgendaItemRef>;

export const DecisionView = z
  .object({
    id: Id,
    meeting: MeetingRef,
    agendaItem: AgendaItemRef.nullable(),
    text: z.string(),
    recordedBy: PersonRef.nullable(),
    createdAt: IsoDateTime,
    actionItemIds: z.array(Id),
  })
  .meta({ id: 'DecisionView' });
export type DecisionView = z.infer<typeof DecisionView>;

// ---------------------------------------------------------------------------
// Action items
// ---------------------------------------------------------------------------

const ActionItemTitle = z.string().trim().min(3, 'must be at least 3 characters').max(300);

/** Recorded by a chair or the secretariat against a meeting (and optionally an item or decision). */
export const CreateActionItemRequest = z
  .object({
    title: ActionItemTitle,
    description: OptionalMarkdown(10_000),
    agendaItemId: Id.nullable().default(null),
    decisionId: Id.nullable().default(null),
    ownerUserId: Id.nullable().default(null),
    ownerDelegationId: Id.nullable().default(null),
    dueOn: IsoDate,
  })
  .refine((a) => Boolean(a.ownerUserId) !== Boolean(a.ownerDelegationId), {
    message: 'name the owner: a member or a delegation',
    path: ['ownerUserId'],
  })
  .meta({ id: 'CreateActionItemRequest' });
export type CreateActionItemRequest = z.infer<typeof CreateActionItemRequest>;
export type CreateActionItemInput = z.input<typeof CreateActionItemRequest>;

/** Chairs and admins edit an item's particulars; owners report progress instead. */
export const UpdateActionItemRequest = z
  .object({
    title: ActionItemTitle.optional(),
    description: z.string().trim().max(10_000).optional(),
    ownerUserId: Id.nullable().optional(),
    ownerDelegationId: Id.nullable().optional(),
    dueOn: IsoDate.optional(),
  })
  .refine((a) => !(a.ownerUserId && a.ownerDelegationId), {
    message: 'name the owner: a member or a delegation, not both',
    path: ['ownerUserId'],
  })
  .meta({ id: 'UpdateActionItemRequest' });
export type UpdateActionItemRequest = z.infer<typeof UpdateActionItemRequest>;

/** Progress from the owner (or a chair): a new status, a note, or both; kept as a history. */
export const ActionItemProgressRequest = z
  .object({
    status: ActionItemStatus.optional(),
    note: z.string().trim().max(5_000, 'must be at most 5,000 characters').default(''),
  })
  .refine((u) => u.status !== undefined || u.note !== '', {
    message: 'give a new status or a note',
    path: ['note'],
  })
  .meta({ id: 'ActionItemProgressRequest' });
export type ActionItemProgressRequest = z.infer<typeof ActionItemProgressRequest>;

export const ActionItemUpdateView = z
  .object({
    id: Id,
    author: PersonRef.nullable(),
    /** Null when the update only added a note. */
    status: ActionItemStatus.nullable(),
    note: z.string(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'ActionItemUpdateView' });
export type ActionItemUpdateView = z.infer<typeof ActionItemUpdateView>;

export const ActionItemSummary = z
  .object({
    id: Id,
    meeting: MeetingRef,
    agendaItem: AgendaItemRef.nullable(),
    decisionId: Id.nullable(),
    title: z.string(),
    owner: MemberOrDelegation.nullable(),
    dueOn: IsoDate.nullable(),
    status: ActionItemStatus,
    /** Open or in progress, and past its due date (in the group's calendar). */
    overdue: z.boolean(),
    closedAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime,
    /** Whether the reader may report progress on it. */
    canUpdate: z.boolean(),
  })
  .meta({ id: 'ActionItemSummary' });
export type ActionItemSummary = z.infer<typeof ActionItemSummary>;

export const ActionItemDetail = ActionItemSummary.extend({
  description: RenderedText,
  createdBy: PersonRef.nullable(),
  createdAt: IsoDateTime,
  updates: z.array(ActionItemUpdateView),
}).meta({ id: 'ActionItemDetail' });
export type ActionItemDetail = z.infer<typeof ActionItemDetail>;

export const ActionItemListQuery = PageQuery.extend({
  status: ActionItemStatus.optional(),
  /** Open and in-progress items only. */
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Items owned by the delegation (by code), or by one of its members. */
  delegation: z.string().trim().toLowerCase().max(8).optional(),
  /** Items the reader owns, themselves or through their delegation. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  meetingId: Id.optional(),
});
export type ActionItemListQuery = z.infer<typeof ActionItemListQuery>;

export const ActionItemPage = page(ActionItemSummary).meta({ id: 'ActionItemPage' });
export type ActionItemPage = z.infer<typeof ActionItemPage>;

/**
 * The group's calendar for action items: a due date is a day in this zone, and an item is
 * overdue from the day after it here (the secretariat works in Brussels time; so does a member
 * who has not chosen a zone).
 */
export const ACTION_ITEMS_TIME_ZONE = 'Europe/Brussels';

/** Owners are reminded this many days before the due date. */
export const ACTION_ITEM_REMINDER_DAYS = 7;

/** Open and overdue items by owning delegation (a member's items count for their delegation). */
export const ActionItemOverview = z
  .object({
    rows: z.array(
      z.object({
        /** Null: items owned by members without a delegation (the secretariat). */
        delegation: ReportDelegation.nullable(),
        open: z.number().int(),
        inProgress: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
    totals: z.object({ open: z.number().int(), inProgress: z.number().int(), overdue: z.number().int() }),
  })
  .meta({ id: 'ActionItemOverview' });
export type ActionItemOverview = z.infer<typeof ActionItemOverview>;

// ---------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------

/** Whether the member has a personal calendar feed; the token itself is never shown again. */
export const CalendarFeedStatus = z
  .object({
    active: z.boolean(),
    /** When the current feed URL was made; null without one. */
    issuedAt: IsoDateTime.nullable(),
    /** About when a calendar application last fetched it (to the hour); null if never. */
    lastUsedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'CalendarFeedStatus' });
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/**
 * A newly issued feed (issuing again revokes the previous one). The URLs carry the secret
 * token: shown once, stored only as a hash.
 */
export const CalendarFeedToken = z
  .object({
    /** https:// URL to paste into a calendar application. */
    url: z.url(),
    /** The same feed as webcal://, which calendar applications open as a subscription. */
    webcalUrl: z.string(),
  })
  .meta({ id: 'CalendarFeedToken' });
export type CalendarFeedToken = z.infer<typeof CalendarFeedToken>;

/** The feed's secret path segment: 43 base64url characters (32 random bytes). */
export const CalendarFeedTokenParam = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a calendar feed token'),
});
export type CalendarFeedTokenParam = z.infer<typeof CalendarFeedTokenParam>;
