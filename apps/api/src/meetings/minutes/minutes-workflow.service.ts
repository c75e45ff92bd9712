import { Injectable } from '@nestjs/common';
import type {
  ApproveMinutesRequest,
  CirculateMinutesRequest,
  MinutesStatus,
  MinutesView,
} from '@egcc/contracts';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import { type Db, PrismaService } from '../../database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { NotificationsService } from '../../notifications/notifications.service';
import {
  LOCKED,
  assertMeetingHeld,
  loadMeeting,
  type MinutesMeeting,
  recordRevision,
  whenStarts,
} from './minutes-access';
import { MinutesService, refuseStale } from './minutes.service';

/** Where members read the minutes: the meeting's page, at its minutes section. */
export const minutesLink = (meetingId: string) => `/meetings/${meetingId}#minutes`;

interface Step {
  from: MinutesStatus;
  to: MinutesStatus;
  data: (now: Date) => Prisma.MinutesUpdateManyMutationInput;
  audit: string;
  /** What else the step does in its transaction; returns details for the audit record. */
  then: (
    db: Db,
    meeting: MinutesMeeting,
    minutesId: string,
    version: number,
  ) => Promise<Prisma.InputJsonObject>;
}

/**
 * The minutes' workflow DRAFT → CIRCULATED → APPROVED. Each step is one transaction: a
 * conditional update on (id, status, version), so of two concurrent steps only one succeeds;
 * a revision; the notices to members; the audit record.
 */
@Injectable()
export class MinutesWorkflowService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly minutes: MinutesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends the draft to every member for comment. */
  circulate(member: AuthenticatedMember, meetingId: string, input: CirculateMinutesRequest) {
    return this.step(member, meetingId, input.version, {
      from: 'DRAFT',
      to: 'CIRCULATED',
      data: (now) => ({ circulatedAt: now }),
      audit: 'minutes.circulated',
      then: async (db, meeting, minutesId, version) => {
        const written = await db.minutesEntry.count({ where: { minutesId } });
        if (written === 0) {
          throw DomainException.conflict(
            'These minutes are empty: write at least one part before circulating them.',
          );
        }
        // Minutes are circulated after the meeting: it has been held.
        await db.meeting.updateMany({
          where: { id: meeting.id, status: { in: ['DRAFT', 'AGENDA_PUBLISHED'] } },
          data: { status: 'HELD' },
        });
        await this.notifications.notify(db, {
          kind: 'MINUTES_CIRCULATED',
          recipients: await everyone(db),
          actorId: member.id,
          actorName: member.name,
          meetingId: meeting.id,
          title: `Draft minutes of “${meeting.title}” circulated for comment`,
          excerpt:
            input.note ||
            'Read the draft minutes and comment on any agenda item before they are approved at the next meeting.',
          link: minutesLink(meeting.id),
        });
        return { version, note: input.note };
      },
    });
  }

  /** Approves the circulated minutes at (or after) the next meeting, and locks them. */
  approve(member: AuthenticatedMember, meetingId: string, input: ApproveMinutesRequest) {
    let approvedAt: { id: string; title: string } | null = null;
    return this.step(member, meetingId, input.version, {
      from: 'CIRCULATED',
      to: 'APPROVED',
      data: (now) => ({
        approvedAt: now,
        approvedById: member.id,
        approvedAtMeetingId: approvedAt?.id ?? null,
      }),
      audit: 'minutes.approved',
      then: async (db, meeting, minutesId, version) => {
        await db.meeting.update({ where: { id: meeting.id }, data: { status: 'MINUTES_APPROVED' } });
        await this.notifications.notify(db, {
          kind: 'MINUTES_APPROVED',
          recipients: await everyone(db),
          actorId: member.id,
          actorName: member.name,
          meetingId: meeting.id,
          title: `Minutes of “${meeting.title}” approved`,
          excerpt: `Approved at ${approvedAt?.title ?? 'the next meeting'}. The minutes are now final and no longer change.`,
          link: minutesLink(meeting.id),
        });
        return { version, approvedAtMeetingId: approvedAt?.id ?? null };
      },
      before: async (db, meeting, now) => {
        approvedAt = await approvalMeeting(db, meeting, input.approvedAtMeetingId, now);
      },
    });
  }

  private async step(
    member: AuthenticatedMember,
    meetingId: string,
    version: number,
    step: Step & { before?: (db: Db, meeting: MinutesMeeting, now: Date) => Promise<void> },
  ): Promise<MinutesView> {
    await this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const meeting = await loadMeeting(tx, meetingId);
      const minutes = meeting.minutes;
      if (!minutes) throw DomainException.conflict('No minutes have been drafted for this meeting yet.');
      assertMeetingHeld(meeting, now);
      if (minutes.status === 'APPROVED') throw DomainException.conflict(LOCKED);
      if (minutes.status !== step.from) {
        throw DomainException.conflict(
          step.to === 'CIRCULATED'
            ? 'These minutes have already been circulated.'
            : 'These minutes are still a draft: circulate them for comment before approving them.',
        );
      }
      if (version !== minutes.version) await refuseStale(tx, meetingId, version);
      await step.before?.(tx, meeting, now);
      const moved = await tx.minutes.updateMany({
        where: { id: minutes.id, status: step.from, version },
        data: { ...step.data(now), status: step.to, version: { increment: 1 } },
      });
      if (moved.count === 0) await refuseStale(tx, meetingId, version);
      await recordRevision(tx, {
        minutesId: minutes.id,
        version: version + 1,
        status: step.to,
        actorId: member.id,
      });
      const details = await step.then(tx, meeting, minutes.id, version + 1);
      await this.audit.record(tx, {
        actorId: member.id,
        action: step.audit,
        targetType: 'minutes',
        targetId: minutes.id,
        details: { meetingId, from: step.from, to: step.to, ...details },
      });
    });
    return this.minutes.read(member, meetingId);
  }
}

async function everyone(db: Db): Promise<string[]> {
  const members = await db.user.findMany({ where: { status: 'ACTIVE' }, select: { id: true } });
  return members.map((m) => m.id);
}

/**
 * The meeting at which the minutes are approved: the one named, or else the next meeting. It
 * must come after this one, not be cancelled, and have started.
 */
async function approvalMeeting(
  db: Db,
  meeting: MinutesMeeting,
  chosenId: string | null,
  now: Date,
): Promise<{ id: string; title: string }> {
  const select = { id: true, title: true, startsAt: true, timeZone: true, cancelledAt: true } as const;
  const later = await (chosenId
    ? db.meeting.findUnique({ where: { id: chosenId }, select })
    : db.meeting.findFirst({
        where: { id: { not: meeting.id }, startsAt: { gt: meeting.startsAt }, cancelledAt: null },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        select,
      }));
  if (!later) {
    throw DomainException.conflict(
      chosenId
        ? 'There is no such meeting to approve the minutes at.'
        : 'Minutes are approved at the next meeting, and none is scheduled yet.',
    );
  }
  if (later.id === meeting.id || later.startsAt.getTime() <= meeting.startsAt.getTime()) {
    throw DomainException.conflict('Minutes are approved at a later meeting than the one they record.');
  }
  if (later.cancelledAt) {
    throw DomainException.conflict(`“${later.title}” was cancelled: the minutes cannot be approved at it.`);
  }
  if (later.startsAt.getTime() > now.getTime()) {
    throw DomainException.conflict(
      `The minutes can be approved at the next meeting, “${later.title}”, once it has started, on ${whenStarts(later)}.`,
    );
  }
  return { id: later.id, title: later.title };
}
