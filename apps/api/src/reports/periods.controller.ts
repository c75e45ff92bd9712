import { Controller, Get, Patch, Post } from '@nestjs/common';
import {
  CreateReportingPeriodRequest,
  IdParams,
  ReportingPeriod,
  UpdateReportingPeriodRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { PeriodsService } from './periods.service';

@Controller('reporting-periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get()
  @Policy('read', 'ReportingPeriod')
  @Endpoint({ summary: 'Reporting periods, newest first', response: z.array(ReportingPeriod) })
  list() {
    return this.periods.list();
  }

  @Post()
  @Policy('create', 'ReportingPeriod')
  @Endpoint({
    summary: 'Add a reporting period (secretariat); 409 when the code is taken',
    response: ReportingPeriod,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(CreateReportingPeriodRequest) body: CreateReportingPeriodRequest,
  ) {
    return this.periods.create(member, body);
  }

  @Patch(':id')
  @Policy('update', 'ReportingPeriod')
  @Endpoint({
    summary: 'Correct a reporting period’s label or dates (secretariat)',
    response: ReportingPeriod,
  })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @ValidBody(UpdateReportingPeriodRequest) body: UpdateReportingPeriodRequest,
  ) {
    return this.periods.update(member, params.id, body);
  }
}
