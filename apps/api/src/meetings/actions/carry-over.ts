import { AGENDA_MAX_ITEMS, type ActionItemSummary } from '@egcc/contracts';
import type { AuthenticatedMember } from '../../auth/auth.types';
import type { Db } from '../../database/prisma.service';
import { actionItemSummarySelect, groupToday, OPEN_STATUSES, toActionItemSummary } from './action-item-views';

/** The item that opens an agenda while action items of earlier meetings are open. */
export const FOLLOW_UP_ITEM = {
  title: 'Follow-up of action items',
  description:
    'Action items of earlier meetings that are still open: their owners say where each one stands.',
  kind: 'DISCUSSION',
  durationMinutes: 15,
} as const;

/** Whether action items of meetings before `startsAt` are still open or in progress. */
async function openItemsBefore(db: Db, startsAt: Date): Promise<boolean> {
  const open = await db.actionItem.findFirst({
    where: { status: { in: [...OPEN_STATUSES] }, meeting: { startsAt: { lt: startsAt } } },
    select: { id: true },
  });
  return open !== null;
}

/**
 * Puts the follow-up item first on the meeting's agenda, the others moving down one place.
 * Returns false when the agenda has one already or is full.
 */
export async function addFollowUpItem(db: Db, meetingId: string): Promise<boolean> {
  // One writer at a time per meeting, so two additions cannot both see "none yet".
  await db.$queryRaw`SELECT id FROM meeting WHERE id = ${meetingId}::uuid FOR UPDATE`;
  const items = await db.agendaItem.findMany({
    where: { meetingId },
    select: { isActionItemFollowUp: true },
  });
  if (items.some((item) => item.isActionItemFollowUp) || items.length >= AGENDA_MAX_ITEMS) return false;
  await db.$executeRaw`
    UPDATE agenda_item SET position = position + 1, updated_at = now() WHERE meeting_id = ${meetingId}::uuid`;
  await db.agendaItem.create({
    data: { meetingId, position: 1, isActionItemFollowUp: true, ...FOLLOW_UP_ITEM },
  });
  return true;
}

/**
 * Carry-over, when a meeting is scheduled: if action items of earlier meetings are open, its
 * draft agenda starts with the follow-up item. Runs in the scheduling transaction.
 */
export async function carryOverActionItems(
  db: Db,
  meeting: { id: string; startsAt: Date },
): Promise<boolean> {
  if (!(await openItemsBefore(db, meeting.startsAt))) return false;
  return addFollowUpItem(db, meeting.id);
}

/**
 * Carry-over, when an action item is recorded after later meetings were scheduled: each later
 * meeting whose agenda is still an unpublished draft gets the follow-up item (a published
 * agenda is left for the chair to change). Returns the meetings that got one.
 */
export async function carryOverToLaterMeetings(db: Db, after: { startsAt: Date }): Promise<string[]> {
  const later = await db.meeting.findMany({
    where: {
      startsAt: { gt: after.startsAt },
      cancelledAt: null,
      status: 'DRAFT',
      agendaVersions: { none: {} },
      agendaItems: { none: { isActionItemFollowUp: true } },
    },
    select: { id: true },
  });
  const added: string[] = [];
  for (const meeting of later) if (await addFollowUpItem(db, meeting.id)) added.push(meeting.id);
  return added;
}

/**
 * What the follow-up item lists: action items of earlier meetings that were not closed before
 * this meeting started, with their status now; oldest meeting first, then by due date.
 */
export async function followUpActionItems(
  db: Db,
  member: AuthenticatedMember,
  meeting: { startsAt: Date },
  now = new Date(),
): Promise<ActionItemSummary[]> {
  const rows = await db.actionItem.findMany({
    where: {
      meeting: { startsAt: { lt: meeting.startsAt } },
      OR: [{ status: { in: [...OPEN_STATUSES] } }, { closedAt: { gte: meeting.startsAt } }],
    },
    orderBy: [
      { meeting: { startsAt: 'asc' } },
      { dueOn: { sort: 'asc', nulls: 'last' } },
      { createdAt: 'asc' },
      { id: 'asc' },
    ],
    select: actionItemSummarySelect,
  });
  const today = groupToday(now);
  return rows.map((row) => toActionItemSummary(member, row, today));
}
