import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportsModule } from '../reports/reports.module';
import { ActionItemRemindersService } from './actions/action-item-reminders';
import { ActionItemsController, MeetingActionItemsController } from './actions/action-items.controller';
import { ActionItemsService } from './actions/action-items.service';
import { DecisionsController } from './actions/decisions.controller';
import { DecisionsService } from './actions/decisions.service';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaVersionsController } from './agenda-versions.controller';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { MinutesWorkflowService } from './minutes/minutes-workflow.service';
import { MinutesController } from './minutes/minutes.controller';
import { MinutesService } from './minutes/minutes.service';
import { MeetingPackController } from './pack/meeting-pack.controller';
import { MeetingPackService } from './pack/meeting-pack.service';

/**
 * Meetings: scheduling, the agenda builder and its published versions, attendance, minutes,
 * decisions and action items, calendar files and feeds, and the meeting pack.
 */
@Module({
  imports: [NotificationsModule, ReportsModule],
  controllers: [
    MeetingsController,
    AgendaController,
    AgendaVersionsController,
    AttendanceController,
    CalendarFeedController,
    MeetingPackController,
    DecisionsController,
    MeetingActionItemsController,
    ActionItemsController,
    MinutesController,
  ],
  providers: [
    MeetingsService,
    AgendaService,
    AgendaPublishingService,
    AttendanceService,
    CalendarFeedService,
    MeetingPackService,
    DecisionsService,
    ActionItemsService,
    ActionItemRemindersService,
    MinutesService,
    MinutesWorkflowService,
  ],
  exports: [MeetingsService, ActionItemRemindersService],
})
export class MeetingsModule {}
