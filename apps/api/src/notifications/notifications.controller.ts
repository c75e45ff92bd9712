import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  MarkNotificationsReadRequest,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  UnreadSummary,
  UpdateNotificationPreferencesRequest,
} from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidQuery } from '../common/endpoint';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Policy('read', 'Notification')
  @Endpoint({ summary: 'The member’s notifications, newest first', response: NotificationPage })
  list(
    @CurrentMember() member: AuthenticatedMember,
    @ValidQuery(NotificationQuery) query: NotificationQuery,
  ) {
    return this.notifications.list(member.id, query);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @Policy('update', 'Notification')
  @Endpoint({
    summary: 'Mark some or all notifications read',
    response: UnreadSummary.pick({ unreadNotifications: true }),
  })
  async read(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(MarkNotificationsReadRequest) body: MarkNotificationsReadRequest,
  ) {
    return { unreadNotifications: await this.notifications.markRead(member.id, body) };
  }

  @Get('me/notification-preferences')
  @Policy('read', 'Profile')
  @Endpoint({
    summary: 'How each kind of notification reaches the member',
    response: NotificationPreferences,
  })
  preferences(@CurrentMember() member: AuthenticatedMember) {
    return this.notifications.preferences(member.id);
  }

  @Put('me/notification-preferences')
  @Policy('update', 'Profile')
  @Endpoint({
    summary: 'Choose, per kind: in the portal only, e-mail at once, or a daily digest',
    response: NotificationPreferences,
  })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(UpdateNotificationPreferencesRequest) body: UpdateNotificationPreferencesRequest,
  ) {
    return this.notifications.updatePreferences(member.id, body.preferences);
  }
}
