import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Meetings: scheduling, the agenda builder with its running time plan, and calendar downloads. */
@Module({
  imports: [NotificationsModule],
  controllers: [MeetingsController, AgendaController, AttendanceController, CalendarFeedController],
  providers: [MeetingsService, AgendaService, AttendanceService, CalendarFeedService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
