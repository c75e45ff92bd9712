import { Inject, Injectable } from '@nestjs/common';
import {
  MEETING_MAX_DAYS,
  type CancelMeetingRequest,
  type CreateMeetingRequest,
  type FieldError,
  type MeetingDetail,
  type MeetingListQuery,
  type MeetingPage,
  type UpdateMeetingRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { decodeCursor, pageOf } from '../common/cursor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';
import type { NotificationKind, Prisma } from '../generated/prisma/client';
import { NotificationsService } from '../notifications/notifications.service';
import { carryOverActionItems } from './actions/carry-over';
import { calendarMeetingSelect, toCalendarMeeting } from './calendar/calendar-meeting';
import { meetingDownload } from './calendar/ics';
import { invitationFor, organizerOf } from './meeting-invitations';
import {
  meetingDetailSelect,
  meetingSummarySelect,
  toMeetingDetail,
  toMeetingSummary,
} from './meeting-views';

const MeetingCursor = z.object({ at: z.iso.datetime(), id: z.uuid() });

/** The fields whose change must reach members' calendars (iCalendar SEQUENCE). */
const CALENDAR_FIELDS = ['startsAt', 'endsAt', 'timeZone', 'place', 'onlineUrl'] as const;

/** Meetings: the list, one meeting, scheduling, changing and cancelling, and the `.ics` download. */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Upcoming (not yet ended) soonest first, or past (ended) latest first; cursor paging. */
  async list(member: AuthenticatedMember, query: MeetingListQuery, now = new Date()): Promise<MeetingPage> {
    const cursor = decodeCursor(query.cursor, MeetingCursor);
    const upcoming = query.when === 'upcoming';
    const where: Prisma.MeetingWhereInput[] = [upcoming ? { endsAt: { gt: now } } : { endsAt: { lte: now } }];
    if (query.status) where.push({ status: query.status });
    if (cursor) {
      const at = new Date(cursor.at);
      where.push(
        upcoming
          ? { OR: [{ startsAt: { gt: at } }, { startsAt: at, id: { gt: cursor.id } }] }
          : { OR: [{ startsAt: { lt: at } }, { startsAt: at, id: { lt: cursor.id } }] },
      );
    }
    const order = upcoming ? 'asc' : 'desc';
    const rows = await this.prisma.meeting.findMany({
      where: { AND: where },
      orderBy: [{ startsAt: order }, { id: order }],
      take: query.limit + 1,
      select: meetingSummarySelect(member.id),
    });
    return pageOf(rows, query.limit, toMeetingSummary, (row) => ({
      at: row.startsAt.toISOString(),
      id: row.id,
    }));
  }

  async detail(member: AuthenticatedMember, meetingId: string, db: Db = this.prisma): Promise<MeetingDetail> {
    const row = await db.meeting.findUnique({
      where: { id: meetingId },
      select: meetingDetailSelect(member.id),
    });
    if (!row) throw DomainException.notFound();
    return toMeetingDetail(member, row);
  }

  async create(member: AuthenticatedMember, input: CreateMeetingRequest): Promise<MeetingDetail> {
    const id = await this.prisma.$transaction(async (tx) => {
      await checkHost(tx, input.hostDelegationId);
      const meeting = await tx.meeting.create({
        data: {
          title: input.title,
          description: input.description,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          timeZone: input.timeZone,
          place: input.place,
          onlineUrl: input.onlineUrl,
          hostDelegationId: input.hostDelegationId,
          createdById: member.id,
        },
        select: { id: true },
      });
      // Open action items of earlier meetings: the draft agenda starts with their follow-up.
      await carryOverActionItems(tx, { id: meeting.id, startsAt: new Date(input.startsAt) });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'meeting.created',
        targetType: 'meeting',
        targetId: meeting.id,
        details: { title: input.title, startsAt: input.startsAt, timeZone: input.timeZone },
      });
      return meeting.id;
    });
    return this.detail(member, id);
  }

  /**
   * Changes what the request names. A change of time, zone, place or link raises the iCalendar
   * SEQUENCE so that calendars which have the meeting update it.
   */
  async update(
    member: AuthenticatedMember,
    meetingId: string,
    input: UpdateMeetingRequest,
  ): Promise<MeetingDetail> {
    await this.prisma.$transaction(async (tx) => {
      const stored = await this.openMeeting(tx, meetingId);
      const next = {
        startsAt: input.startsAt ? new Date(input.startsAt) : stored.startsAt,
        endsAt: input.endsAt ? new Date(input.endsAt) : stored.endsAt,
        timeZone: input.timeZone ?? stored.timeZone,
        place: input.place === undefined ? stored.place : input.place,
        onlineUrl: input.onlineUrl === undefined ? stored.onlineUrl : input.onlineUrl,
      };
      checkSchedule(next);
      if (input.hostDelegationId !== undefined) await checkHost(tx, input.hostDelegationId);
      const changed = CALENDAR_FIELDS.filter((field) => {
        const before = stored[field];
        const after = next[field];
        return before instanceof Date && after instanceof Date
          ? before.getTime() !== after.getTime()
          : before !== after;
      });
      const titleChanged = input.title !== undefined && input.title !== stored.title;
      await tx.meeting.update({
        where: { id: meetingId },
        data: {
          title: input.title,
          description: input.description,
          ...next,
          hostDelegationId: input.hostDelegationId,
          ...(changed.length > 0 || titleChanged ? { icalSequence: { increment: 1 } } : {}),
        },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'meeting.updated',
        targetType: 'meeting',
        targetId: meetingId,
        details: { fields: Object.keys(input), calendarChanged: changed.length > 0 || titleChanged },
      });
      // Members were sent an invitation with the agenda: an updated one replaces it in their calendars.
      if (
        changed.length > 0 &&
        next.endsAt.getTime() > Date.now() &&
        (await this.invitationsSent(tx, meetingId))
      ) {
        await this.tellMembers(tx, member, meetingId, 'MEETING_CHANGED', (title) => ({
          title: `“${title}” has moved: new ${describeMove(changed)}`,
          excerpt: null,
        }));
      }
    });
    return this.detail(member, meetingId);
  }

  /** Calls the meeting off: it stays listed, marked cancelled, and calendars learn of it. */
  async cancel(
    member: AuthenticatedMember,
    meetingId: string,
    input: CancelMeetingRequest,
  ): Promise<MeetingDetail> {
    await this.prisma.$transaction(async (tx) => {
      const stored = await this.openMeeting(tx, meetingId);
      await tx.meeting.update({
        where: { id: meetingId },
        data: {
          cancelledAt: new Date(),
          cancellationReason: input.reason || null,
          icalSequence: { increment: 1 },
        },
      });
      // A meeting still to come: members learn it is off, and invited calendars drop it.
      if (stored.endsAt.getTime() > Date.now()) {
        const invited = await this.invitationsSent(tx, meetingId);
        await this.tellMembers(
          tx,
          member,
          meetingId,
          'MEETING_CANCELLED',
          (title) => ({ title: `“${title}” is cancelled`, excerpt: input.reason || null }),
          invited,
        );
      }
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'meeting.cancelled',
        targetType: 'meeting',
        targetId: meetingId,
        details: { reason: input.reason },
      });
    });
    return this.detail(member, meetingId);
  }

  /** The meeting as an iCalendar file (METHOD:PUBLISH) for calendar applications. */
  async calendarFile(meetingId: string): Promise<{ fileName: string; body: string }> {
    const row = await this.prisma.meeting.findUnique({
      where: { id: meetingId },
      select: calendarMeetingSelect,
    });
    if (!row) throw DomainException.notFound();
    const body = meetingDownload(toCalendarMeeting(row, this.notifications.publicUrl(`/meetings/${row.id}`)));
    return { fileName: `egcc-meeting-${localDate(row.startsAt, row.timeZone)}.ics`, body };
  }

  /** Whether members hold an invitation for the meeting: its agenda has been published. */
  private async invitationsSent(db: Db, meetingId: string): Promise<boolean> {
    return (await db.agendaVersion.count({ where: { meetingId } })) > 0;
  }

  /**
   * Tells every active member about a change to the meeting, in the portal and by e-mail; with
   * `withCalendar`, the e-mail carries the `.ics` that updates (or cancels) the meeting.
   */
  private async tellMembers(
    db: Db,
    member: AuthenticatedMember,
    meetingId: string,
    kind: NotificationKind,
    text: (title: string) => { title: string; excerpt: string | null },
    withCalendar = true,
  ): Promise<void> {
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: calendarMeetingSelect,
    });
    const everyone = await db.user.findMany({ where: { status: 'ACTIVE' }, select: { id: true } });
    const calendar = {
      ...toCalendarMeeting(meeting, this.notifications.publicUrl(`/meetings/${meetingId}`)),
      organizer: organizerOf(this.config.MAIL_FROM),
    };
    await this.notifications.notify(db, {
      kind,
      recipients: everyone.map((m) => m.id),
      actorId: member.id,
      actorName: member.name,
      meetingId,
      ...text(meeting.title),
      link: `/meetings/${meetingId}`,
      ...(withCalendar ? { mailAttachments: invitationFor(calendar) } : {}),
    });
  }

  /** A meeting that may still change: 404 when there is none, 409 once it is cancelled. */
  async openMeeting(db: Db, meetingId: string) {
    const stored = await db.meeting.findUnique({ where: { id: meetingId } });
    if (!stored) throw DomainException.notFound();
    if (stored.cancelledAt)
      throw DomainException.conflict('This meeting has been cancelled; it no longer changes.');
    return stored;
  }
}

/** "time and place": what a change moved, for the notice. */
function describeMove(fields: readonly (typeof CALENDAR_FIELDS)[number][]): string {
  const parts = new Set(
    fields.map((field) => (field === 'place' ? 'place' : field === 'onlineUrl' ? 'online link' : 'time')),
  );
  return [...parts].join(' and ');
}

/** The day the meeting starts, in its own zone: YYYY-MM-DD. */
function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The rules that need the stored meeting as well as the change: end after start, a place or a link. */
function checkSchedule(next: {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
}) {
  const errors: FieldError[] = [];
  if (next.endsAt.getTime() <= next.startsAt.getTime()) {
    errors.push({ in: 'body', pointer: '/endsAt', detail: 'must be after the start', code: 'custom' });
  } else if (next.endsAt.getTime() - next.startsAt.getTime() > MEETING_MAX_DAYS * 24 * 60 * 60 * 1000) {
    errors.push({
      in: 'body',
      pointer: '/endsAt',
      detail: `a meeting lasts at most ${MEETING_MAX_DAYS} days`,
      code: 'custom',
    });
  }
  if (!next.place && !next.onlineUrl) {
    errors.push({
      in: 'body',
      pointer: '/place',
      detail: 'give a place, an online link, or both',
      code: 'custom',
    });
  }
  if (errors.length) throw DomainException.validation(errors);
}

async function checkHost(db: Db, hostDelegationId: string | null): Promise<void> {
  if (!hostDelegationId) return;
  const host = await db.delegation.findUnique({ where: { id: hostDelegationId }, select: { id: true } });
  if (!host) {
    throw DomainException.validation([
      { in: 'body', pointer: '/hostDelegationId', detail: 'no such delegation', code: 'unknown_delegation' },
    ]);
  }
}
