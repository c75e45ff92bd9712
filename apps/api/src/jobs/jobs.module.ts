import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { JobsScheduler } from './scheduler';

@Module({ imports: [NotificationsModule], providers: [JobsScheduler], exports: [JobsScheduler] })
export class JobsModule {}
