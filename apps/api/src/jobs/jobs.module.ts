import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { JobsScheduler } from './scheduler';

@Module({
  imports: [NotificationsModule, MeetingsModule],
  providers: [JobsScheduler],
  exports: [JobsScheduler],
})
export class JobsModule {}
