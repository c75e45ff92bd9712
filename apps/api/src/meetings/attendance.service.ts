import { Injectable } from '@nestjs/common';
import type {
  AnswerAttendanceRequest,
  AttendanceCounts,
  AttendanceReminderResult,
  AttendanceResponse,
  AttendanceRoster,
  AttendanceView,
  PersonRef,
  RosterEntry,
} from '@egcc/contracts';
import { attendance } from '@egcc/policy';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { NotificationsService } from '../notifications/notifications.service';

/** A member who has had a reminder is not reminded again for this long. */
export const ATTENDANCE_REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** No member has this id: whoever may read its answer reads everyone's. */
const SOMEONE_ELSE = '00000000-0000-0000-0000-000000000000';

/** Who is expected to answer: active members, of the secretariat or of an active delegation. */
const activeMembers = {
  status: 'ACTIVE',
  OR: [{ delegationId: null }, { delegation: { membershipStatus: 'ACTIVE' } }],
} satisfies Prisma.UserWhereInput;

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  cancelledAt: true,
} satisfies Prisma.MeetingSelect;

type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

const attendanceSelect = {
  meetingId: true,
  response: true,
  comment: true,
  respondedAt: true,
} satisfies Prisma.AttendanceSelect;

type AttendanceRow = Prisma.AttendanceGetPayload<{ select: typeof attendanceSelect }>;

const toView = (row: AttendanceRow): AttendanceView => ({
  meetingId: row.meetingId,
  response: row.response,
  comment: row.comment,
  respondedAt: row.respondedAt.toISOString(),
});

const noCounts = (): AttendanceCounts => ({
  IN_PERSON: 0,
  ONLINE: 0,
  NOT_ATTENDING: 0,
  TENTATIVE: 0,
  notAnswered: 0,
});

const count = (counts: AttendanceCounts, response: AttendanceResponse | null) => {
  counts[response ?? 'notAnswered'] += 1;
};

/** "12 March 2027, 09:30 (Europe/Tallinn)": when the meeting starts, in its own zone. */
function startsIn(meeting: MeetingRow): string {
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(meeting.startsAt);
  return `${when} (${meeting.timeZone})`;
}

/**
 * Attendance: each member answers for themselves (observers too); the chair and the
 * secretariat see the roster by delegation and remind those who have not answered, once a day
 * at most per member.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The member's own answer, replacing any earlier one; only before the meeting ends. */
  async answer(
    member: AuthenticatedMember,
    meetingId: string,
    input: AnswerAttendanceRequest,
  ): Promise<AttendanceView> {
    if (!member.ability.can('update', attendance({ userId: member.id }))) throw DomainException.forbidden();
    return this.prisma.$transaction(async (tx) => {
      const meeting = await this.meeting(tx, meetingId);
      this.refuseClosed(meeting, 'answer');
      const previous = await tx.attendance.findUnique({
        where: { meetingId_userId: { meetingId, userId: member.id } },
        select: attendanceSelect,
      });
      const now = new Date();
      const row = await tx.attendance.upsert({
        where: { meetingId_userId: { meetingId, userId: member.id } },
        create: { meetingId, userId: member.id, response: input.response, comment: input.comment },
        update: { response: input.response, comment: input.comment, respondedAt: now },
        select: attendanceSelect,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'attendance.answered',
        targetType: 'meeting',
        targetId: meetingId,
        details: {
          response: input.response,
          comment: input.comment,
          previous: previous ? { response: previous.response, comment: previous.comment } : null,
        },
      });
      return toView(row);
    });
  }

  /** The member's own answer; null until they answer. */
  async mine(member: AuthenticatedMember, meetingId: string): Promise<AttendanceView | null> {
    if (!member.ability.can('read', attendance({ userId: member.id }))) throw DomainException.forbidden();
    await this.meeting(this.prisma, meetingId);
    const row = await this.prisma.attendance.findUnique({
      where: { meetingId_userId: { meetingId, userId: member.id } },
      select: attendanceSelect,
    });
    return row ? toView(row) : null;
  }

  /** Every active member by delegation (delegation name order, the secretariat last), with counts. */
  async roster(member: AuthenticatedMember, meetingId: string): Promise<AttendanceRoster> {
    if (!member.ability.can('read', attendance({ userId: SOMEONE_ELSE }))) {
      throw DomainException.forbidden('Only the chair and the secretariat see who answered.');
    }
    await this.meeting(this.prisma, meetingId);
    const members = await this.prisma.user.findMany({
      where: activeMembers,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        handle: true,
        delegation: { select: { id: true, code: true, name: true } },
        attendances: { where: { meetingId }, select: attendanceSelect },
      },
    });
    const counts = noCounts();
    const notAnswered: PersonRef[] = [];
    const groups = new Map<string | null, AttendanceRoster['delegations'][number]>();
    for (const row of members) {
      const person: PersonRef = {
        id: row.id,
        name: row.name,
        handle: row.handle,
        delegation: row.delegation ? { code: row.delegation.code, name: row.delegation.name } : null,
      };
      const answer = row.attendances[0] ?? null;
      const entry: RosterEntry = {
        member: person,
        response: answer?.response ?? null,
        comment: answer?.comment ?? null,
        respondedAt: answer ? answer.respondedAt.toISOString() : null,
      };
      const key = row.delegation?.id ?? null;
      let group = groups.get(key);
      if (!group) {
        group = { delegation: row.delegation, counts: noCounts(), members: [] };
        groups.set(key, group);
      }
      group.members.push(entry);
      count(group.counts, entry.response);
      count(counts, entry.response);
      if (!answer) notAnswered.push(person);
    }
    const delegations = [...groups.values()].sort((a, b) => {
      if (!a.delegation || !b.delegation) return a.delegation ? -1 : b.delegation ? 1 : 0;
      return (
        a.delegation.name.localeCompare(b.delegation.name, 'en') ||
        a.delegation.code.localeCompare(b.delegation.code)
      );
    });
    return { meetingId, counts, delegations, notAnswered };
  }

  /**
   * Reminds every active member who has not answered, but not the one sending it, nor anyone
   * reminded of this meeting within the last 24 hours. The schema keeps no reminder marker: the
   * ATTENDANCE_REMINDER notifications already made for the meeting are the record.
   */
  async remind(member: AuthenticatedMember, meetingId: string): Promise<AttendanceReminderResult> {
    if (!member.ability.can('remind', 'Attendance')) throw DomainException.forbidden();
    return this.prisma.$transaction(async (tx) => {
      // One reminder at a time per meeting, so two sent together cannot both go out.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM meeting WHERE id = ${meetingId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw DomainException.notFound();
      const meeting = await this.meeting(tx, meetingId);
      this.refuseClosed(meeting, 'remind');
      const now = new Date();
      const unanswered = await tx.user.findMany({
        where: { ...activeMembers, id: { not: member.id }, attendances: { none: { meetingId } } },
        select: { id: true },
      });
      const since = new Date(now.getTime() - ATTENDANCE_REMINDER_INTERVAL_MS);
      const recent = await tx.notification.findMany({
        where: {
          meetingId,
          kind: 'ATTENDANCE_REMINDER',
          userId: { in: unanswered.map((u) => u.id) },
          createdAt: { gt: since },
        },
        distinct: ['userId'],
        select: { userId: true },
      });
      const alreadyReminded = new Set(recent.map((n) => n.userId));
      const recipients = unanswered.map((u) => u.id).filter((id) => !alreadyReminded.has(id));
      if (recipients.length > 0) {
        await this.notifications.notify(tx, {
          kind: 'ATTENDANCE_REMINDER',
          recipients,
          actorId: member.id,
          actorName: member.name,
          meetingId,
          title: `Will you attend “${meeting.title}”? Please answer`,
          excerpt: startsIn(meeting),
          link: `/meetings/${meetingId}`,
        });
        await this.audit.record(tx, {
          actorId: member.id,
          action: 'attendance.reminded',
          targetType: 'meeting',
          targetId: meetingId,
          details: { reminded: recipients.length, alreadyReminded: alreadyReminded.size },
        });
      }
      return {
        reminded: recipients.length,
        alreadyReminded: alreadyReminded.size,
        remindedAt: now.toISOString(),
      };
    });
  }

  private async meeting(db: Db, meetingId: string): Promise<MeetingRow> {
    const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect });
    if (!meeting) throw DomainException.notFound('There is no such meeting.');
    return meeting;
  }

  /** Answers and reminders are for meetings still to come (or under way), not cancelled ones. */
  private refuseClosed(meeting: MeetingRow, what: 'answer' | 'remind') {
    const doing = what === 'answer' ? 'Attendance can no longer be answered' : 'No reminder is sent';
    if (meeting.cancelledAt) throw DomainException.conflict(`${doing}: the meeting was cancelled.`);
    if (meeting.endsAt.getTime() <= Date.now())
      throw DomainException.conflict(`${doing}: the meeting has ended.`);
  }
}
