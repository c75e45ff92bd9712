import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, page } from './common';
import { NotificationDelivery, NotificationKind } from './enums';
import { PersonRef } from './discussions';

export const NotificationView = z
  .object({
    id: Id,
    kind: NotificationKind,
    actor: PersonRef.nullable(),
    /** What it is about, frozen when it was made: thread title, post number, reason... */
    title: z.string(),
    excerpt: z.string().nullable(),
    /** Where it leads in the SPA, e.g. "/discussions/<id>?post=12". */
    link: z.string(),
    createdAt: IsoDateTime,
    read: z.boolean(),
  })
  .meta({ id: 'NotificationView' });
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = page(NotificationView)
  .extend({ unreadCount: z.number().int() })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const MarkNotificationsReadRequest = z
  .object({ ids: z.array(Id).min(1).max(100).optional(), all: z.literal(true).optional() })
  .refine((v) => Boolean(v.ids) !== Boolean(v.all), {
    message: 'give either ids or all: true',
    path: ['ids'],
  })
  .meta({ id: 'MarkNotificationsReadRequest' });
export type MarkNotificationsReadRequest = z.infer<typeof MarkNotificationsReadRequest>;

export const NotificationPreferences = z
  .object({ preferences: z.record(NotificationKind, NotificationDelivery) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const UpdateNotificationPreferencesRequest = z
  .object({ preferences: z.partialRecord(NotificationKind, NotificationDelivery) })
  .meta({ id: 'UpdateNotificationPreferencesRequest' });
export type UpdateNotificationPreferencesRequest = z.infer<typeof UpdateNotificationPreferencesRequest>;

/** A live event, as the SSE stream sends it (the `data:` JSON). */
export const LiveEventData = z.discriminatedUnion('type', [
  z.object({ type: z.literal('post.created'), threadId: Id, postNumber: z.number().int(), postId: Id }),
  z.object({ type: z.literal('post.updated'), threadId: Id, postNumber: z.number().int(), postId: Id }),
  z.object({ type: z.literal('thread.updated'), threadId: Id }),
  z.object({ type: z.literal('notification.created'), notificationId: Id, unreadCount: z.number().int() }),
  z.object({ type: z.literal('notifications.read'), unreadCount: z.number().int() }),
]);
export type LiveEventData = z.infer<typeof LiveEventData>;

/** How each kind reaches a member until they choose otherwise (always in the app as well). */
export const DEFAULT_NOTIFICATION_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  THREAD_REPLY: 'EMAIL_DIGEST',
  MENTION: 'EMAIL_IMMEDIATE',
  TAG_NEW_THREAD: 'EMAIL_DIGEST',
  POST_MODERATED: 'EMAIL_IMMEDIATE',
  REPORT_SUBMITTED: 'EMAIL_IMMEDIATE',
  REPORT_RETURNED: 'EMAIL_IMMEDIATE',
  REPORT_PUBLISHED: 'EMAIL_DIGEST',
  AGENDA_PUBLISHED: 'EMAIL_IMMEDIATE',
  MEETING_CHANGED: 'EMAIL_IMMEDIATE',
  MEETING_CANCELLED: 'EMAIL_IMMEDIATE',
  ATTENDANCE_REMINDER: 'EMAIL_IMMEDIATE',
  MINUTES_CIRCULATED: 'EMAIL_IMMEDIATE',
  MINUTES_APPROVED: 'EMAIL_DIGEST',
  ACTION_ITEM_DUE: 'EMAIL_IMMEDIATE',
};
