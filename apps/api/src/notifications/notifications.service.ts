import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationQuery,
  type NotificationView,
} from '@egcc/contracts';
import { z } from 'zod';
import { decodeCursor, pageOf } from '../common/cursor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { type Db, PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { LiveEventsService, memberChannel } from '../live/live-events.service';
import { type OutgoingMail, OutboxService } from '../mail/outbox.service';
import { notificationMail } from '../mail/templates';

export interface Notice {
  kind: NotificationKind;
  /** Member ids; the actor and anyone who may not take part are left out. */
  recipients: string[];
  actorId: string | null;
  /** The actor's name when the caller knows it (saves reading it). */
  actorName?: string;
  threadId?: string | null;
  postId?: string | null;
  reportId?: string | null;
  meetingId?: string | null;
  /** What it says, frozen now: "Kadri Tamm replied in “Gaps in foster care”". */
  title: string;
  excerpt: string | null;
  /** Path in the portal, e.g. "/discussions/<id>?post=3". */
  link: string;
  /** Files for the e-mail (an `.ics` invitation), made for each recipient. */
  mailAttachments?: (recipient: { name: string; email: string }) => OutgoingMail['attachments'];
}

export interface NotificationPayload {
  title: string;
  excerpt: string | null;
  link: string;
}

const notificationSelect = {
  id: true,
  kind: true,
  payload: true,
  readAt: true,
  createdAt: true,
  actor: {
    select: { id: true, name: true, handle: true, delegation: { select: { code: true, name: true } } },
  },
} satisfies Prisma.NotificationSelect;

const NotificationCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** In-app notifications, and their e-mails as each member prefers. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly live: LiveEventsService,
  ) {}

  publicUrl(path = ''): string {
    return `${(this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/$/, '')}${path}`;
  }

  /** Records a notice for its recipients, in the transaction of the change it tells about. */
  async notify(db: Db, notice: Notice): Promise<void> {
    const ids = [...new Set(notice.recipients)].filter((id) => id !== notice.actorId);
    if (ids.length === 0) return;
    const recipients = await db.user.findMany({
      where: {
        id: { in: ids },
        status: 'ACTIVE',
        OR: [{ delegationId: null }, { delegation: { membershipStatus: 'ACTIVE' } }],
      },
      select: {
        id: true,
        name: true,
        email: true,
        notificationPreferences: { where: { kind: notice.kind }, select: { delivery: true } },
      },
    });
    if (recipients.length === 0) return;
    const actor =
      notice.actorName !== undefined
        ? { name: notice.actorName }
        : notice.actorId
          ? await db.user.findUnique({ where: { id: notice.actorId }, select: { name: true } })
          : null;
    const payload: NotificationPayload = { title: notice.title, excerpt: notice.excerpt, link: notice.link };
    const now = new Date();
    const created = await db.notification.createManyAndReturn({
      data: recipients.map((recipient) => ({
        userId: recipient.id,
        kind: notice.kind,
        actorId: notice.actorId,
        threadId: notice.threadId ?? null,
        postId: notice.postId ?? null,
        reportId: notice.reportId ?? null,
        meetingId: notice.meetingId ?? null,
        payload: { ...payload },
        emailedAt:
          this.deliveryOf(notice.kind, recipient.notificationPreferences[0]?.delivery) === 'EMAIL_IMMEDIATE'
            ? now
            : null,
      })),
      select: { id: true, userId: true, emailedAt: true },
    });
    for (const recipient of recipients) {
      if (this.deliveryOf(notice.kind, recipient.notificationPreferences[0]?.delivery) !== 'EMAIL_IMMEDIATE')
        continue;
      await this.outbox.enqueue(db, {
        to: recipient.email,
        userId: recipient.id,
        template: `notification:${notice.kind.toLowerCase()}`,
        ...notificationMail({
          recipient: recipient.name,
          title: notice.title,
          excerpt: notice.excerpt,
          actor: actor?.name ?? null,
          link: this.publicUrl(notice.link),
        }),
        ...(notice.mailAttachments ? { attachments: notice.mailAttachments(recipient) } : {}),
      });
    }
    const counts = await this.unreadCounts(
      db,
      recipients.map((r) => r.id),
    );
    await this.live.publishMany(
      db,
      created.map((notification) => ({
        channel: memberChannel(notification.userId),
        data: {
          type: 'notification.created',
          notificationId: notification.id,
          unreadCount: counts.get(notification.userId) ?? 1,
        },
      })),
    );
  }

  deliveryOf(kind: NotificationKind, chosen: NotificationDelivery | undefined): NotificationDelivery {
    return chosen ?? DEFAULT_NOTIFICATION_DELIVERY[kind];
  }

  async unreadCounts(db: Db, userIds: string[]): Promise<Map<string, number>> {
    const rows = await db.notification.groupBy({
      by: ['userId'],
      where: { userId: { in: userIds }, readAt: null },
      _count: true,
    });
    return new Map(rows.map((row) => [row.userId, row._count]));
  }

  async list(userId: string, query: NotificationQuery): Promise<NotificationPage> {
    const cursor = decodeCursor(query.cursor, NotificationCursor);
    const rows = await this.prisma.notification.findMany({
      where: {
        userId,
        ...(query.unread ? { readAt: null } : {}),
        ...(cursor
          ? {
              OR: [
                { createdAt: { lt: new Date(cursor.createdAt) } },
                { createdAt: new Date(cursor.createdAt), id: { lt: cursor.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
      select: notificationSelect,
    });
    const unreadCount = await this.prisma.notification.count({ where: { userId, readAt: null } });
    const page = pageOf(rows, query.limit, toView, (row) => ({
      createdAt: row.createdAt.toISOString(),
      id: row.id,
    }));
    return { ...page, unreadCount };
  }

  /** Marks notifications read; returns how many are still unread. */
  async markRead(userId: string, input: { ids?: string[]; all?: boolean }): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      await tx.notification.updateMany({
        where: { userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
        data: { readAt: new Date() },
      });
      const unreadCount = await tx.notification.count({ where: { userId, readAt: null } });
      await this.live.publish(tx, memberChannel(userId), { type: 'notifications.read', unreadCount });
      return unreadCount;
    });
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const chosen = await this.prisma.notificationPreference.findMany({ where: { userId } });
    const preferences = { ...DEFAULT_NOTIFICATION_DELIVERY };
    for (const row of chosen) preferences[row.kind] = row.delivery;
    return { preferences };
  }

  async updatePreferences(
    userId: string,
    changes: Partial<Record<NotificationKind, NotificationDelivery>>,
  ): Promise<NotificationPreferences> {
    await this.prisma.$transaction(async (tx) => {
      for (const [kind, delivery] of Object.entries(changes) as [NotificationKind, NotificationDelivery][]) {
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId, kind } },
          create: { userId, kind, delivery },
          update: { delivery },
        });
      }
    });
    return this.preferences(userId);
  }
}

function toView(row: Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>): NotificationView {
  const payload = row.payload as unknown as NotificationPayload;
  return {
    id: row.id,
    kind: row.kind,
    actor: row.actor
      ? { id: row.actor.id, name: row.actor.name, handle: row.actor.handle, delegation: row.actor.delegation }
      : null,
    title: payload.title,
    excerpt: payload.excerpt,
    link: payload.link,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  };
}
