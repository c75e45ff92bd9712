import type {
  Agenda,
  AgendaItemView,
  AttendanceResponse,
  MeetingActions,
  MeetingDetail,
  MeetingSummary,
  MinutesStatus,
} from '@egcc/contracts';
import { minutes as minutesSubject, report as reportSubject } from '@egcc/policy';
import { attachmentSelect, attachmentView } from '../attachments/attachment-view';
import type { AuthenticatedMember } from '../auth/auth.types';
import { renderMarkdown } from '../discussions/markdown';
import type { Prisma } from '../generated/prisma/client';
import { personSelect, toPerson } from '../reports/report-views';

const delegationSelect = { id: true, code: true, name: true } as const;

/** What a list row needs; `myAttendance` comes from the reader's own answer. */
export const meetingSummarySelect = (readerId: string) =>
  ({
    id: true,
    title: true,
    status: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    place: true,
    onlineUrl: true,
    cancelledAt: true,
    hostDelegation: { select: delegationSelect },
    attendances: { where: { userId: readerId }, select: { response: true } },
    agendaVersions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
  }) satisfies Prisma.MeetingSelect;

export const meetingDetailSelect = (readerId: string) =>
  ({
    ...meetingSummarySelect(readerId),
    description: true,
    cancellationReason: true,
    createdBy: { select: personSelect },
    createdAt: true,
    updatedAt: true,
    icalSequence: true,
    minutes: { select: { status: true } },
    attachments: {
      where: { deletedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: attachmentSelect,
    },
  }) satisfies Prisma.MeetingSelect;

type SummaryRow = Prisma.MeetingGetPayload<{ select: ReturnType<typeof meetingSummarySelect> }>;
type DetailRow = Prisma.MeetingGetPayload<{ select: ReturnType<typeof meetingDetailSelect> }>;

export function toMeetingSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    place: row.place,
    onlineUrl: row.onlineUrl,
    hostDelegation: row.hostDelegation,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    agendaVersion: row.agendaVersions[0]?.number ?? null,
    myAttendance: (row.attendances[0]?.response ?? null) as AttendanceResponse | null,
  };
}

/** Only what the reader's role allows, and nothing but reading once a meeting is cancelled. */
export function meetingActions(
  member: AuthenticatedMember,
  row: { cancelledAt: Date | null; startsAt?: Date; minutes?: { status: MinutesStatus } | null },
  now = new Date(),
): MeetingActions {
  const can = (action: Parameters<AuthenticatedMember['ability']['can']>[0], subject: string) =>
    member.ability.can(action, subject as never);
  const open = row.cancelledAt === null;
  const runs = open && can('update', 'Meeting');
  // Minutes are drafted once the meeting has started; approved ones are locked.
  const held = open && row.startsAt !== undefined && row.startsAt.getTime() <= now.getTime();
  const minutes = row.minutes ? minutesSubject({ status: row.minutes.status }) : null;
  return {
    edit: runs,
    cancel: runs,
    editAgenda: open && can('update', 'AgendaItem'),
    publishAgenda: open && can('publish', 'Meeting'),
    answerAttendance: open && can('update', 'Attendance'),
    viewRoster: can('read', 'Attendance') && can('remind', 'Attendance'),
    remindAttendance: open && can('remind', 'Attendance'),
    editMinutes: held && member.ability.can('update', minutes ?? minutesSubject({ status: 'DRAFT' })),
    circulateMinutes: held && minutes !== null && member.ability.can('circulate', minutes),
    approveMinutes: held && minutes !== null && member.ability.can('approve', minutes),
    commentMinutes: open && minutes !== null && member.ability.can('comment', minutes),
    // Nothing is recorded against a cancelled meeting.
    recordDecisions: open && can('create', 'Decision'),
    manageActionItems: open && can('create', 'ActionItem'),
  };
}

export function toMeetingDetail(member: AuthenticatedMember, row: DetailRow): MeetingDetail {
  return {
    ...toMeetingSummary(row),
    description: { markdown: row.description, html: renderMarkdown(row.description).html },
    cancellationReason: row.cancellationReason,
    createdBy: toPerson(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    icalSequence: row.icalSequence,
    attachments: row.attachments.map((a) => attachmentView({ ...a, uploadedBy: toPerson(a.uploadedBy) })),
    actions: meetingActions(member, row),
  };
}

export const agendaItemSelect = {
  id: true,
  position: true,
  title: true,
  description: true,
  kind: true,
  durationMinutes: true,
  isActionItemFollowUp: true,
  presenterUser: { select: personSelect },
  presenterDelegation: { select: delegationSelect },
  reportLinks: {
    orderBy: { report: { title: 'asc' } },
    select: {
      report: {
        select: {
          id: true,
          title: true,
          status: true,
          delegationId: true,
          delegation: { select: delegationSelect },
        },
      },
    },
  },
  threadLinks: {
    orderBy: { thread: { title: 'asc' } },
    select: { thread: { select: { id: true, title: true } } },
  },
} satisfies Prisma.AgendaItemSelect;

type AgendaItemRow = Prisma.AgendaItemGetPayload<{ select: typeof agendaItemSelect }>;

function presenterOf(row: AgendaItemRow): AgendaItemView['presenter'] {
  const member = toPerson(row.presenterUser);
  if (member) return { kind: 'MEMBER', member };
  return row.presenterDelegation ? { kind: 'DELEGATION', delegation: row.presenterDelegation } : null;
}

/**
 * The running time plan: each item starts when the ones before it have taken their time;
 * `overrunMinutes` is how far the whole runs past the meeting's end (0 when it fits).
 */
export function timePlan(
  meeting: { startsAt: Date; endsAt: Date },
  durations: readonly number[],
): { plannedStarts: Date[]; totalMinutes: number; meetingMinutes: number; overrunMinutes: number } {
  const plannedStarts: Date[] = [];
  let elapsed = 0;
  for (const minutes of durations) {
    plannedStarts.push(new Date(meeting.startsAt.getTime() + elapsed * 60_000));
    elapsed += minutes;
  }
  const meetingMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  return {
    plannedStarts,
    totalMinutes: elapsed,
    meetingMinutes,
    overrunMinutes: Math.max(0, elapsed - meetingMinutes),
  };
}

export function toAgenda(
  member: AuthenticatedMember,
  meeting: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    publishedVersion: number | null;
    changedSincePublished: boolean;
  },
  rows: readonly AgendaItemRow[],
): Agenda {
  const plan = timePlan(
    meeting,
    rows.map((row) => row.durationMinutes),
  );
  const items = rows.map((row, index): AgendaItemView => ({
    id: row.id,
    position: index + 1,
    title: row.title,
    description: { markdown: row.description, html: renderMarkdown(row.description).html },
    kind: row.kind,
    durationMinutes: row.durationMinutes,
    presenter: presenterOf(row),
    reports: row.reportLinks
      .map((link) => link.report)
      .filter((r) =>
        member.ability.can('read', reportSubject({ delegationId: r.delegationId, status: r.status })),
      )
      .map((r) => ({ id: r.id, title: r.title, delegation: r.delegation })),
    threads: row.threadLinks.map((link) => link.thread),
    isActionItemFollowUp: row.isActionItemFollowUp,
    plannedStartsAt: (plan.plannedStarts[index] ?? meeting.startsAt).toISOString(),
  }));
  return {
    meetingId: meeting.id,
    items,
    totalMinutes: plan.totalMinutes,
    meetingMinutes: plan.meetingMinutes,
    overrunMinutes: plan.overrunMinutes,
    publishedVersion: meeting.publishedVersion,
    changedSincePublished: meeting.changedSincePublished,
  };
}
