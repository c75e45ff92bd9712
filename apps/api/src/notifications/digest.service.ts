import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_DELIVERY, type NotificationKind } from '@egcc/contracts';
import { PrismaService } from '../database/prisma.service';
import { OutboxService } from '../mail/outbox.service';
import { digestMail } from '../mail/templates';
import type { NotificationPayload } from './notifications.service';
import { NotificationsService } from './notifications.service';

/** Digests go out once a day, from 07:00 in the member's own time zone. */
const DIGEST_HOUR = 7;

function localParts(date: Date, timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

/** Whether a member's digest is due: past 07:00 local time, and none sent yet that local day. */
export function digestDue(now: Date, timeZone: string, lastDigestAt: Date | null): boolean {
  const today = localParts(now, timeZone);
  if (today.hour < DIGEST_HOUR) return false;
  return lastDigestAt === null || localParts(lastDigestAt, timeZone).day < today.day;
}

/**
 * The daily digest e-mail: every notification a member chose to get by digest, grouped by
 * thread. A notification goes into exactly one digest: the digest's mail and the marking of
 * its notifications commit together, and the rows are locked while a digest is made, so two
 * instances never send one twice and nothing falls between two digests.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends the digests that are due; returns how many went out. */
  async run(now = new Date()): Promise<number> {
    const members = await this.prisma.user.findMany({
      where: { status: 'ACTIVE', notifications: { some: { emailedAt: null } } },
      select: { id: true, timeZone: true, lastDigestAt: true },
    });
    let sent = 0;
    for (const member of members) {
      if (!digestDue(now, member.timeZone, member.lastDigestAt)) continue;
      if (await this.sendDigest(member.id, now)) sent += 1;
    }
    if (sent > 0) this.logger.log(`Sent ${sent} digest(s)`);
    return sent;
  }

  private async sendDigest(userId: string, now: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { name: true, email: true, notificationPreferences: true },
      });
      const chosen = new Map(user.notificationPreferences.map((p) => [p.kind, p.delivery]));
      const kinds = (Object.keys(DEFAULT_NOTIFICATION_DELIVERY) as NotificationKind[]).filter(
        (kind) => (chosen.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY[kind]) === 'EMAIL_DIGEST',
      );
      if (kinds.length === 0) return false;
      const rows = await tx.$queryRaw<
        {
          id: string;
          thread_id: string | null;
          read_at: Date | null;
          payload: NotificationPayload;
          created_at: Date;
        }[]
      >`
        SELECT id, thread_id, read_at, payload, created_at FROM notification
         WHERE user_id = ${userId}::uuid AND emailed_at IS NULL AND created_at <= ${now}
           AND kind::text = ANY(${kinds})
         ORDER BY created_at, id
           FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return false;
      // What the member has read in the portal already is not mailed, but is settled too.
      const unread = rows.filter((row) => row.read_at === null);
      if (unread.length > 0) {
        const threadIds = [
          ...new Set(unread.map((row) => row.thread_id).filter((id): id is string => id !== null)),
        ];
        const titles = new Map(
          (
            await tx.thread.findMany({ where: { id: { in: threadIds } }, select: { id: true, title: true } })
          ).map((t) => [t.id, t.title]),
        );
        const groups = new Map<string, { heading: string; link: string; items: string[] }>();
        for (const row of unread) {
          const key = row.thread_id ?? 'other';
          const group = groups.get(key) ?? {
            heading: row.thread_id ? (titles.get(row.thread_id) ?? 'A discussion') : 'Other news',
            link: this.notifications.publicUrl(
              row.thread_id ? `/discussions/${row.thread_id}` : '/notifications',
            ),
            items: [],
          };
          group.items.push(
            row.payload.excerpt ? `${row.payload.title}: “${row.payload.excerpt}”` : row.payload.title,
          );
          groups.set(key, group);
        }
        await this.outbox.enqueue(tx, {
          to: user.email,
          userId,
          template: 'digest',
          ...digestMail({
            recipient: user.name,
            groups: [...groups.values()],
            preferencesLink: this.notifications.publicUrl('/profile/notifications'),
          }),
        });
      }
      await tx.notification.updateMany({
        where: { id: { in: rows.map((row) => row.id) } },
        data: { emailedAt: now },
      });
      await tx.user.update({ where: { id: userId }, data: { lastDigestAt: now } });
      return unread.length > 0;
    });
  }
}
