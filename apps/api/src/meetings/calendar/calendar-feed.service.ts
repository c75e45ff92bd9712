import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type CalendarFeedStatus, type CalendarFeedToken, CalendarFeedTokenParam } from '@egcc/contracts';
import { defineAbilityFor, mayParticipate } from '@egcc/policy';
import { AuditService } from '../../audit/audit.service';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../database/prisma.service';
import { calendarMeetingSelect, toCalendarMeeting } from './calendar-meeting';
import { meetingFeed } from './ics';

/** How far back the feed reaches: a year of past meetings, then everything to come. */
const FEED_PAST_DAYS = 365;
/** A bound on one feed's size; the group meets a few times a year. */
const FEED_MAX_MEETINGS = 500;
/** The last fetch is recorded at most this often, so polling calendars do not write on every request. */
const USE_RECORDED_EVERY_MS = 60 * 60 * 1000;

export const FEED_NAME = 'EGCC meetings';

export interface CalendarFeedFile {
  body: string;
  /** Changes whenever what the feed says changes (not with its DTSTAMP). */
  etag: string;
  lastModified: Date | null;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A member's personal calendar feed: a secret URL that calendar applications subscribe to
 * without signing in. The token is 32 random bytes, shown once; only its SHA-256 is stored,
 * so issuing a new one or turning the feed off stops the old URL at once.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(member: AuthenticatedMember): Promise<CalendarFeedStatus> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { calendarTokenHash: true, calendarTokenIssuedAt: true, calendarTokenUsedAt: true },
    });
    const active = user.calendarTokenHash !== null;
    return {
      active,
      issuedAt: active ? (user.calendarTokenIssuedAt?.toISOString() ?? null) : null,
      lastUsedAt: active ? (user.calendarTokenUsedAt?.toISOString() ?? null) : null,
    };
  }

  /** A new feed URL; the previous one, if any, stops working in the same step. */
  async issue(member: AuthenticatedMember): Promise<CalendarFeedToken> {
    const token = randomBytes(32).toString('base64url');
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { calendarTokenHash: true },
      });
      await tx.user.update({
        where: { id: member.id },
        data: {
          calendarTokenHash: hashOf(token),
          calendarTokenIssuedAt: new Date(),
          calendarTokenUsedAt: null,
        },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: before.calendarTokenHash ? 'calendar_feed.regenerated' : 'calendar_feed.issued',
        targetType: 'member',
        targetId: member.id,
      });
    });
    const url = `${this.origin()}/api/v1/calendar/${token}.ics`;
    return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
  }

  /** Turns the feed off; nothing to do (and nothing audited) when there is none. */
  async revoke(member: AuthenticatedMember): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: member.id, calendarTokenHash: { not: null } },
        data: { calendarTokenHash: null, calendarTokenIssuedAt: null, calendarTokenUsedAt: null },
      });
      if (count === 0) return;
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'calendar_feed.revoked',
        targetType: 'member',
        targetId: member.id,
      });
    });
  }

  /**
   * The feed behind a token: every meeting from a year ago on that the member may see.
   * 404 alike for a malformed, unknown or revoked token and for a member who may no longer
   * take part (deactivated, or their delegation suspended).
   */
  async feed(token: string, now = new Date()): Promise<CalendarFeedFile> {
    if (!CalendarFeedTokenParam.safeParse({ token }).success) throw DomainException.notFound();
    const user = await this.prisma.user.findUnique({
      where: { calendarTokenHash: hashOf(token) },
      select: {
        id: true,
        roles: true,
        status: true,
        delegationId: true,
        calendarTokenUsedAt: true,
        delegation: { select: { membershipStatus: true } },
      },
    });
    if (!user) throw DomainException.notFound();
    const actor = {
      id: user.id,
      roles: user.roles,
      status: user.status,
      delegationId: user.delegationId,
      delegationStatus: user.delegation?.membershipStatus ?? null,
    };
    if (!mayParticipate(actor) || !defineAbilityFor(actor).can('read', 'Meeting')) {
      throw DomainException.notFound();
    }

    const rows = await this.prisma.meeting.findMany({
      where: { endsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: FEED_MAX_MEETINGS,
      select: calendarMeetingSelect,
    });

    if (
      !user.calendarTokenUsedAt ||
      now.getTime() - user.calendarTokenUsedAt.getTime() > USE_RECORDED_EVERY_MS
    ) {
      await this.prisma.user.updateMany({
        where: { id: user.id, calendarTokenHash: hashOf(token) },
        data: { calendarTokenUsedAt: now },
      });
    }

    const origin = this.origin();
    const body = meetingFeed(
      rows.map((row) => toCalendarMeeting(row, `${origin}/meetings/${row.id}`)),
      { name: FEED_NAME, now },
    );
    const version = createHash('sha256')
      .update(
        rows
          .map(
            (row) =>
              `${row.id}:${row.icalSequence}:${row.updatedAt.getTime()}:${row.cancelledAt?.getTime() ?? ''}`,
          )
          .join('|'),
      )
      .digest('base64url')
      .slice(0, 27);
    const lastModified = rows.reduce<Date | null>(
      (latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest),
      null,
    );
    return { body, etag: `W/"${version}"`, lastModified };
  }

  private origin(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/$/, '');
  }
}
