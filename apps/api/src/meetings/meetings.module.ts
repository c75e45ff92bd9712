import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Meetings: scheduling, the agenda builder with its running time plan, and calendar downloads. */
@Module({
  imports: [NotificationsModule],
  controllers: [MeetingsController, AttendanceController],
  providers: [MeetingsService, AttendanceService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
