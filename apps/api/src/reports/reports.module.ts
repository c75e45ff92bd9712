import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportAccess } from './report-access';

/** National-development reports: filing, review, revisions, overview, comparison and export. */
@Module({
  imports: [NotificationsModule],
  controllers: [],
  providers: [ReportAccess],
  exports: [ReportAccess],
})
export class ReportsModule {}
