import { Inject, Injectable } from '@nestjs/common';
import {
  AgendaSnapshot,
  type AgendaDiff,
  type AgendaDiffQuery,
  type AgendaVersionDetail,
  type AgendaVersionSummary,
  type PublishAgendaRequest,
} from '@egcc/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { type Db, PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { NotificationsService } from '../notifications/notifications.service';
import { personSelect, toPerson } from '../reports/report-views';
import { agendaSnapshot, diffAgendas, sameAgenda, snapshotItemSelect } from './agenda-versions';
import {
  calendarMeetingSelect,
  type CalendarMeetingRow,
  toCalendarMeeting,
} from './calendar/calendar-meeting';
import { invitationFor, organizerOf } from './meeting-invitations';
import { MeetingsService } from './meetings.service';

const versionSelect = {
  number: true,
  snapshot: true,
  publishedAt: true,
  publishedBy: { select: personSelect },
} satisfies Prisma.AgendaVersionSelect;

type VersionRow = Prisma.AgendaVersionGetPayload<{ select: typeof versionSelect }>;

/** A snapshot as stored; one that no longer parses (it never should) reads as an empty agenda. */
function snapshotOf(row: { snapshot: unknown }): AgendaSnapshot {
  const parsed = AgendaSnapshot.safeParse(row.snapshot);
  if (parsed.success) return parsed.data;
  return {
    meeting: { title: '', startsAt: '', endsAt: '', timeZone: 'UTC', place: null, onlineUrl: null },
    items: [],
  };
}

function summaryOf(row: VersionRow, snapshot: AgendaSnapshot = snapshotOf(row)): AgendaVersionSummary {
  return {
    number: row.number,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: toPerson(row.publishedBy),
    itemCount: snapshot.items.length,
  };
}

/** "2 items added, 1 changed, 1 removed; the time changed": for the notice of a new version. */
function describeChanges(diff: AgendaDiff): string {
  const count = (change: string) => diff.items.filter((item) => item.change === change).length;
  const parts = [
    [count('ADDED'), 'added'],
    [count('CHANGED'), 'changed'],
    [count('REMOVED'), 'removed'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what], index) => (index === 0 ? `${n} ${n === 1 ? 'item' : 'items'} ${what}` : `${n} ${what}`));
  const meeting = diff.meetingChanges.map((change) =>
    change.field === 'startsAt' || change.field === 'endsAt' || change.field === 'timeZone'
      ? 'the time'
      : change.field === 'onlineUrl'
        ? 'the online link'
        : `the ${change.field}`,
  );
  const moved = [...new Set(meeting)];
  if (moved.length) parts.push(`${moved.join(' and ')} changed`);
  return parts.length ? `${parts.join(', ')}.` : 'Published again.';
}

/**
 * Publishing the agenda: each publication freezes the items (and the meeting's particulars) as
 * the next version, tells every member in the portal and by e-mail with an `.ics` invitation,
 * and keeps the versions so members can see what changed between any two.
 */
@Injectable()
export class AgendaPublishingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async publish(
    member: AuthenticatedMember,
    meetingId: string,
    input: PublishAgendaRequest,
  ): Promise<AgendaVersionSummary> {
    return this.prisma.$transaction(async (tx) => {
      // Publications of one meeting queue behind each other, so each gets the next number.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM meeting WHERE id = ${meetingId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw DomainException.notFound();
      await this.meetings.openMeeting(tx, meetingId);
      const meeting = await tx.meeting.findUniqueOrThrow({
        where: { id: meetingId },
        select: { ...calendarMeetingSelect, status: true },
      });
      if (meeting.endsAt.getTime() <= Date.now()) {
        throw DomainException.conflict('This meeting is over; its agenda can no longer be published.');
      }
      const items = await tx.agendaItem.findMany({
        where: { meetingId },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: snapshotItemSelect,
      });
      if (items.length === 0) {
        throw DomainException.conflict('The agenda has no items yet: add at least one before publishing it.');
      }
      const snapshot = agendaSnapshot({ meeting, items });
      const latest = await tx.agendaVersion.findFirst({
        where: { meetingId },
        orderBy: { number: 'desc' },
        select: versionSelect,
      });
      const previous = latest ? snapshotOf(latest) : null;
      if (latest && previous && sameAgenda(previous, snapshot)) {
        throw DomainException.conflict(
          `Nothing has changed since version ${latest.number}: there is nothing new to publish.`,
        );
      }
      const number = (latest?.number ?? 0) + 1;
      const created = await tx.agendaVersion.create({
        data: { meetingId, number, snapshot, publishedById: member.id },
        select: versionSelect,
      });
      if (meeting.status === 'DRAFT') {
        await tx.meeting.update({ where: { id: meetingId }, data: { status: 'AGENDA_PUBLISHED' } });
      }
      const summary = summaryOf(created, snapshot);
      const changes =
        latest && previous
          ? describeChanges(
              diffAgendas(
                { summary: summaryOf(latest, previous), snapshot: previous },
                { summary, snapshot },
              ),
            )
          : `${items.length} ${items.length === 1 ? 'item' : 'items'}.`;
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'agenda.published',
        targetType: 'meeting',
        targetId: meetingId,
        details: { version: number, items: items.length, ...(input.note ? { note: input.note } : {}) },
      });
      await this.notifyMembers(tx, member, meeting, {
        title:
          number === 1
            ? `Agenda published: “${meeting.title}”`
            : `Agenda version ${number} published: “${meeting.title}”`,
        excerpt: [input.note, changes].filter(Boolean).join(' — '),
        link:
          number === 1
            ? `/meetings/${meetingId}`
            : `/meetings/${meetingId}/agenda/versions?from=${number - 1}&to=${number}`,
      });
      return summary;
    });
  }

  /** Tells every active member, with an invitation `.ics` that adds or updates the meeting. */
  private async notifyMembers(
    db: Db,
    member: AuthenticatedMember,
    meeting: CalendarMeetingRow,
    notice: { title: string; excerpt: string; link: string },
  ): Promise<void> {
    const everyone = await db.user.findMany({ where: { status: 'ACTIVE' }, select: { id: true } });
    const calendar = {
      ...toCalendarMeeting(meeting, this.notifications.publicUrl(`/meetings/${meeting.id}`)),
      organizer: organizerOf(this.config.MAIL_FROM),
    };
    await this.notifications.notify(db, {
      kind: 'AGENDA_PUBLISHED',
      recipients: everyone.map((m) => m.id),
      actorId: member.id,
      actorName: member.name,
      meetingId: meeting.id,
      ...notice,
      mailAttachments: invitationFor(calendar),
    });
  }

  async versions(meetingId: string): Promise<AgendaVersionSummary[]> {
    await this.meetingExists(meetingId);
    const rows = await this.prisma.agendaVersion.findMany({
      where: { meetingId },
      orderBy: { number: 'desc' },
      select: versionSelect,
    });
    return rows.map((row) => summaryOf(row));
  }

  async version(meetingId: string, number: number): Promise<AgendaVersionDetail> {
    const row = await this.versionRow(meetingId, number);
    const snapshot = snapshotOf(row);
    return { ...summaryOf(row, snapshot), snapshot };
  }

  async diff(meetingId: string, query: AgendaDiffQuery): Promise<AgendaDiff> {
    const [from, to] = await Promise.all([
      this.versionRow(meetingId, query.from),
      this.versionRow(meetingId, query.to),
    ]);
    const [fromSnapshot, toSnapshot] = [snapshotOf(from), snapshotOf(to)];
    return diffAgendas(
      { summary: summaryOf(from, fromSnapshot), snapshot: fromSnapshot },
      { summary: summaryOf(to, toSnapshot), snapshot: toSnapshot },
    );
  }

  private async versionRow(meetingId: string, number: number): Promise<VersionRow> {
    const row = await this.prisma.agendaVersion.findUnique({
      where: { meetingId_number: { meetingId, number } },
      select: versionSelect,
    });
    if (row) return row;
    await this.meetingExists(meetingId);
    throw DomainException.notFound(`The agenda has no version ${number}.`);
  }

  private async meetingExists(meetingId: string): Promise<void> {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true } });
    if (!meeting) throw DomainException.notFound();
  }
}
