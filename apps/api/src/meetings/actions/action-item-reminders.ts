import { Injectable } from '@nestjs/common';
import { ACTION_ITEM_REMINDER_DAYS } from '@egcc/contracts';
import { PrismaService } from '../../database/prisma.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { addDays, dayOf, groupToday, longDay } from './action-item-views';

/**
 * Reminds owners a week before an action item is due: the owning member, or the active members
 * of the owning delegation. Each item is claimed by a conditional update of `reminder_sent_at`
 * in the transaction that makes the notifications, so a reminder goes out exactly once, however
 * often and on however many instances the job runs. A new due date (or owner) clears the mark.
 */
@Injectable()
export class ActionItemRemindersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Reminds of the open items due from today to a week ahead (group calendar); returns how many. */
  async run(now = new Date()): Promise<number> {
    const today = groupToday(now);
    const until = addDays(today, ACTION_ITEM_REMINDER_DAYS);
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        UPDATE action_item SET reminder_sent_at = ${now}
         WHERE reminder_sent_at IS NULL
           AND status IN ('OPEN', 'IN_PROGRESS')
           AND due_on BETWEEN ${today}::date AND ${until}::date
        RETURNING id`;
      if (claimed.length === 0) return 0;
      const items = await tx.actionItem.findMany({
        where: { id: { in: claimed.map((row) => row.id) } },
        select: {
          id: true,
          title: true,
          dueOn: true,
          meetingId: true,
          ownerUserId: true,
          ownerDelegation: {
            select: { members: { where: { status: 'ACTIVE' }, select: { id: true } } },
          },
        },
      });
      for (const item of items) {
        const recipients = item.ownerUserId
          ? [item.ownerUserId]
          : (item.ownerDelegation?.members.map((m) => m.id) ?? []);
        const due = item.dueOn ? longDay(dayOf(item.dueOn)) : 'soon';
        await this.notifications.notify(tx, {
          kind: 'ACTION_ITEM_DUE',
          recipients,
          actorId: null,
          meetingId: item.meetingId,
          title: `An action item you own is due on ${due}: please report progress`,
          excerpt: item.title,
          link: `/action-items/${item.id}`,
        });
      }
      return items.length;
    });
  }
}
