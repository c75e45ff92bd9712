import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportService } from './export/report-export.service';
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
  controllers: [PeriodsController, ReportsController, ReportExportController],
  providers: [
    ReportAccess,
    ReportsService,
    ReportWorkflowService,
    ReportRevisionsService,
    RegionalOverviewService,
    PeriodsService,
    ReportExportService,
  ],
  exports: [ReportAccess, ReportsService],
})
export class ReportsModule {}
