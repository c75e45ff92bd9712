import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeriodsController } from './periods.controller';
import { PeriodsService } from './periods.service';
import { RegionalOverviewService } from './regional-overview.service';
import { ReportAccess } from './report-access';
import { ReportRevisionsService } from './report-revisions.service';
import { ReportWorkflowService } from './report-workflow.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** National-development reports: filing, review, revisions, overview, comparison and export. */
@Module({
  imports: [NotificationsModule],
  controllers: [PeriodsController, ReportsController],
  providers: [
    ReportAccess,
    ReportsService,
    ReportWorkflowService,
    ReportRevisionsService,
    RegionalOverviewService,
    PeriodsService,
  ],
  exports: [ReportAccess, ReportsService],
})
export class ReportsModule {}
