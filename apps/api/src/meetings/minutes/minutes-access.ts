import type { MeetingRef, MinutesSnapshot, MinutesStatus } from '@egcc/contracts';
import { minutes as minutesSubject } from '@egcc/policy';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import type { Db } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { meetingRefSelect, toMeetingRef } from './minutes-views';

export const minutesMeetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  timeZone: true,
  cancelledAt: true,
  status: true,
  minutes: { select: { id: true, status: true, version: true } },
} satisfies Prisma.MeetingSelect;

export type MinutesMeeting = Prisma.MeetingGetPayload<{ select: typeof minutesMeetingSelect }>;

export const LOCKED = 'These minutes are approved and locked: they no longer change.';

/** A meeting's start in its own zone, for messages: "12 March 2027, 09:00 (Europe/Tallinn)". */
export function whenStarts(meeting: { startsAt: Date; timeZone: string }): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(meeting.startsAt);
  return `${text} (${meeting.timeZone})`;
}

export async function loadMeeting(db: Db, meetingId: string): Promise<MinutesMeeting> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: minutesMeetingSelect });
  if (!meeting) throw DomainException.notFound();
  return meeting;
}

export const mayRead = (member: AuthenticatedMember, status: MinutesStatus) =>
  member.ability.can('read', minutesSubject({ status }));

/** The meeting's minutes as far as the member may see them: drafts are 404 to all but their writers. */
export function visibleMinutes(member: AuthenticatedMember, meeting: MinutesMeeting) {
  if (!meeting.minutes || !mayRead(member, meeting.minutes.status)) {
    throw DomainException.notFound(
      member.ability.can('update', 'Minutes')
        ? 'No minutes have been drafted for this meeting yet.'
        : 'The minutes of this meeting have not been circulated yet.',
    );
  }
  return meeting.minutes;
}

/** Minutes are written for a meeting that took place: not before it starts, never for a cancelled one. */
export function assertMeetingHeld(meeting: MinutesMeeting, now: Date): void {
  if (meeting.cancelledAt) {
    throw DomainException.conflict('This meeting was cancelled: it has no minutes.');
  }
  if (meeting.startsAt.getTime() > now.getTime()) {
    throw DomainException.conflict(
      `The minutes can be drafted once the meeting has started, on ${whenStarts(meeting)}.`,
    );
  }
}

/** The entries as they stand, with their items' titles and positions: what a revision keeps. */
export async function currentSnapshot(db: Db, minutesId: string): Promise<MinutesSnapshot> {
  const entries = await db.minutesEntry.findMany({
    where: { minutesId },
    select: { agendaItemId: true, body: true, agendaItem: { select: { title: true, position: true } } },
  });
  return {
    entries: entries
      .map((entry) => ({
        agendaItemId: entry.agendaItemId,
        agendaItemTitle: entry.agendaItem?.title ?? null,
        position: entry.agendaItem?.position ?? null,
        body: entry.body,
      }))
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  };
}

export async function recordRevision(
  db: Db,
  revision: { minutesId: string; version: number; status: MinutesStatus; actorId: string },
): Promise<MinutesSnapshot> {
  const snapshot = await currentSnapshot(db, revision.minutesId);
  await db.minutesRevision.create({
    data: {
      minutesId: revision.minutesId,
      version: revision.version,
      status: revision.status,
      snapshot: { entries: snapshot.entries.map((entry) => ({ ...entry })) },
      createdById: revision.actorId,
    },
  });
  return snapshot;
}

/**
 * The meetings after this one: the next (the first later one that is not cancelled) and those
 * that have started, where the minutes may be approved now, the next first.
 */
export async function meetingsAfter(
  db: Db,
  meeting: { id: string; startsAt: Date },
  now: Date,
): Promise<{ next: MeetingRef | null; approval: MeetingRef[] }> {
  const later = { id: { not: meeting.id }, startsAt: { gt: meeting.startsAt }, cancelledAt: null };
  const next = await db.meeting.findFirst({
    where: later,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: meetingRefSelect,
  });
  const started = await db.meeting.findMany({
    where: { ...later, startsAt: { gt: meeting.startsAt, lte: now } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 20,
    select: meetingRefSelect,
  });
  return { next: next ? toMeetingRef(next) : null, approval: started.map(toMeetingRef) };
}
