import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportAccess } from './report-access';
import { ReportsService } from './reports.service';

/** National-development reports: filing, review, revisions, overview, comparison and export. */
@Module({
  imports: [NotificationsModule],
  controllers: [],
  providers: [ReportAccess, ReportsService],
  exports: [ReportAccess, ReportsService],
})
export class ReportsModule {}
