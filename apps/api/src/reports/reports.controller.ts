import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  CreateReportRequest,
  Id,
  IdParams,
  RegionalOverview,
  RegionalOverviewQuery,
  ReportComparison,
  ReportComparisonQuery,
  ReportDetail,
  ReportDiff,
  ReportDiffQuery,
  ReportListQuery,
  ReportPage,
  ReportRevisionDetail,
  ReportRevisionSummary,
  ReportVersion,
  ReturnReportRequest,
  SaveReportRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { RegionalOverviewService } from './regional-overview.service';
import { ReportRevisionsService } from './report-revisions.service';
import { ReportWorkflowService } from './report-workflow.service';
import { ReportsService } from './reports.service';

type IdParam = { id: string };
const RevisionParams = z.object({ id: Id, version: z.coerce.number().pipe(ReportVersion) });

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly workflow: ReportWorkflowService,
    private readonly revisions: ReportRevisionsService,
    private readonly regional: RegionalOverviewService,
  ) {}

  @Get()
  @Policy('read', 'Report')
  @Endpoint({
    summary: 'The reports the member may read: newest period first, then by delegation; cursor paging',
    response: ReportPage,
  })
  list(@CurrentMember() member: AuthenticatedMember, @ValidQuery(ReportListQuery) query: ReportListQuery) {
    return this.reports.list(member, query);
  }

  @Post()
  @Policy('create', 'Report')
  @Endpoint({
    summary: 'Start a draft for the member’s delegation; 409 when it has one for that period or meeting',
    response: ReportDetail,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(CreateReportRequest) body: CreateReportRequest,
  ) {
    return this.reports.create(member, body);
  }

  @Get('overview')
  @Policy('read', 'Report')
  @Endpoint({
    summary: 'A period’s published reports by delegation and focus area, and who has not reported',
    response: RegionalOverview,
  })
  overview(@ValidQuery(RegionalOverviewQuery) query: RegionalOverviewQuery) {
    return this.regional.overview(query.period);
  }

  @Get('comparison')
  @Policy('read', 'Report')
  @Endpoint({
    summary: 'Chosen delegations’ published reports for a period, side by side',
    response: ReportComparison,
  })
  comparison(
    @CurrentMember() member: AuthenticatedMember,
    @ValidQuery(ReportComparisonQuery) query: ReportComparisonQuery,
  ) {
    return this.regional.comparison(member, query.period, query.delegations);
  }

  @Get(':id')
  @Policy('read', 'Report')
  @Endpoint({ summary: 'A report, with what the member may do with it', response: ReportDetail })
  detail(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.reports.detail(member, params.id);
  }

  @Put(':id')
  @Policy('update', 'Report')
  @Endpoint({
    summary: 'Save a draft’s whole content; 409 with the current version when someone saved in between',
    response: ReportDetail,
  })
  save(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(SaveReportRequest) body: SaveReportRequest,
  ) {
    return this.reports.save(member, params.id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Policy('submit', 'Report')
  @Endpoint({ summary: 'Submit a draft for review', response: ReportDetail })
  submit(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.workflow.submit(member, params.id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Policy('withdraw', 'Report')
  @Endpoint({ summary: 'Take a submitted report back to draft', response: ReportDetail })
  withdraw(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.workflow.withdraw(member, params.id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Policy('review', 'Report')
  @Endpoint({
    summary: 'Return a submitted report to its delegation with a comment (chair, secretariat)',
    response: ReportDetail,
  })
  return(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(ReturnReportRequest) body: ReturnReportRequest,
  ) {
    return this.workflow.return(member, params.id, body.comment);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Policy('review', 'Report')
  @Endpoint({
    summary: 'Publish a submitted report to every member and open its discussion (chair, secretariat)',
    response: ReportDetail,
  })
  publish(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.workflow.publish(member, params.id);
  }

  @Get(':id/revisions')
  @Policy('read', 'Report')
  @Endpoint({ summary: 'A report’s versions, newest first', response: z.array(ReportRevisionSummary) })
  revisionList(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.revisions.list(member, params.id);
  }

  @Get(':id/revisions/:version')
  @Policy('read', 'Report')
  @Endpoint({ summary: 'What a version of the report said', response: ReportRevisionDetail })
  revision(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(RevisionParams) params: { id: string; version: number },
  ) {
    return this.revisions.get(member, params.id, params.version);
  }

  @Get(':id/diff')
  @Policy('read', 'Report')
  @Endpoint({ summary: 'Two versions compared word by word, section by section', response: ReportDiff })
  diff(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidQuery(ReportDiffQuery) query: ReportDiffQuery,
  ) {
    return this.revisions.diff(member, params.id, query.from, query.to);
  }
}
