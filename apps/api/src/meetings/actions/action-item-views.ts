import {
  ACTION_ITEMS_TIME_ZONE,
  type ActionItemDetail,
  type ActionItemSummary,
  type DecisionView,
} from '@egcc/contracts';
import { actionItem as actionItemSubject } from '@egcc/policy';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { renderMarkdown } from '../../discussions/markdown';
import type { Prisma } from '../../generated/prisma/client';
import { personSelect, toPerson } from '../../reports/report-views';

const delegationSelect = { id: true, code: true, name: true } as const;

/** Statuses of an item still to be done. */
export const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS'] as const;

// Calendar days. A due date is a day in the group's calendar (ACTION_ITEMS_TIME_ZONE); the
// database stores it as a DATE, which Prisma hands over as midnight UTC of that day.

/** Today in the group's calendar, as YYYY-MM-DD. */
export function groupToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ACTION_ITEMS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A YYYY-MM-DD day as the Date Prisma stores for a DATE column. */
export const dayValue = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** A DATE column's value as YYYY-MM-DD. */
export const dayOf = (value: Date): string => value.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = dayValue(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** "7 December 2026": a due date as people write it. */
export const longDay = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(dayValue(day));

/** Where an item is overdue: open or in progress, due before today. */
export const overdueWhere = (today: string): Prisma.ActionItemWhereInput => ({
  status: { in: [...OPEN_STATUSES] },
  dueOn: { lt: dayValue(today) },
});

export const actionItemSummarySelect = {
  id: true,
  title: true,
  decisionId: true,
  ownerUserId: true,
  ownerDelegationId: true,
  dueOn: true,
  status: true,
  closedAt: true,
  updatedAt: true,
  meeting: { select: { id: true, title: true, startsAt: true } },
  agendaItem: { select: { id: true, title: true, position: true } },
  ownerUser: { select: personSelect },
  ownerDelegation: { select: delegationSelect },
} satisfies Prisma.ActionItemSelect;

export const actionItemDetailSelect = {
  ...actionItemSummarySelect,
  description: true,
  createdAt: true,
  createdBy: { select: personSelect },
  updates: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, status: true, note: true, createdAt: true, author: { select: personSelect } },
  },
} satisfies Prisma.ActionItemSelect;

type SummaryRow = Prisma.ActionItemGetPayload<{ select: typeof actionItemSummarySelect }>;
type DetailRow = Prisma.ActionItemGetPayload<{ select: typeof actionItemDetailSelect }>;

/** Whether the member may report progress: the owner, a delegate of the owning delegation, a chair. */
export const mayReportProgress = (
  member: AuthenticatedMember,
  item: { ownerUserId: string | null; ownerDelegationId: string | null },
): boolean =>
  member.ability.can(
    'updateStatus',
    actionItemSubject({ ownerUserId: item.ownerUserId, ownerDelegationId: item.ownerDelegationId }),
  );

function ownerOf(row: SummaryRow): ActionItemSummary['owner'] {
  const member = toPerson(row.ownerUser);
  if (member) return { kind: 'MEMBER', member };
  return row.ownerDelegation ? { kind: 'DELEGATION', delegation: row.ownerDelegation } : null;
}

export function toActionItemSummary(
  member: AuthenticatedMember,
  row: SummaryRow,
  today: string,
): ActionItemSummary {
  const dueOn = row.dueOn ? dayOf(row.dueOn) : null;
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
  return {
    id: row.id,
    meeting: { id: row.meeting.id, title: row.meeting.title, startsAt: row.meeting.startsAt.toISOString() },
    agendaItem: row.agendaItem,
    decisionId: row.decisionId,
    title: row.title,
    owner: ownerOf(row),
    dueOn,
    status: row.status,
    overdue: open && dueOn !== null && dueOn < today,
    closedAt: row.closedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    canUpdate: mayReportProgress(member, row),
  };
}

export function toActionItemDetail(
  member: AuthenticatedMember,
  row: DetailRow,
  today: string,
): ActionItemDetail {
  return {
    ...toActionItemSummary(member, row, today),
    description: { markdown: row.description, html: renderMarkdown(row.description).html },
    createdBy: toPerson(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updates: row.updates.map((update) => ({
      id: update.id,
      author: toPerson(update.author),
      status: update.status,
      note: update.note,
      createdAt: update.createdAt.toISOString(),
    })),
  };
}

export const decisionSelect = {
  id: true,
  text: true,
  createdAt: true,
  meeting: { select: { id: true, title: true, startsAt: true } },
  agendaItem: { select: { id: true, title: true, position: true } },
  recordedBy: { select: personSelect },
  actionItems: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } },
} satisfies Prisma.DecisionSelect;

type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof decisionSelect }>;

export function toDecisionView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    meeting: { id: row.meeting.id, title: row.meeting.title, startsAt: row.meeting.startsAt.toISOString() },
    agendaItem: row.agendaItem,
    text: row.text,
    recordedBy: toPerson(row.recordedBy),
    createdAt: row.createdAt.toISOString(),
    actionItemIds: row.actionItems.map((a) => a.id),
  };
}

/**
 * Orders by agenda position (items not tied to an agenda item last), then as recorded: the order
 * a meeting took them in.
 */
export const byAgendaPosition = [
  { agendaItem: { position: 'asc' } },
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ActionItemOrderByWithRelationInput[] & Prisma.DecisionOrderByWithRelationInput[];
