import { Injectable } from '@nestjs/common';
import type {
  CreateReportingPeriodRequest,
  ReportingPeriod,
  UpdateReportingPeriodRequest,
} from '@egcc/contracts';
import { AuditService, changes } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import { periodSelect, toPeriod } from './report-views';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Reporting periods: half-years by default, which the secretariat adds and corrects. */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  async list(): Promise<ReportingPeriod[]> {
    const rows = await this.prisma.reportingPeriod.findMany({
      orderBy: [{ startsOn: 'desc' }, { code: 'desc' }],
      select: periodSelect,
    });
    return rows.map(toPeriod);
  }

  async create(member: AuthenticatedMember, input: CreateReportingPeriodRequest): Promise<ReportingPeriod> {
    return this.prisma.$transaction(async (tx) => {
      if (await tx.reportingPeriod.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw DomainException.conflict(`There is already a reporting period ${input.code}.`);
      }
      const period = await tx.reportingPeriod.create({
        data: {
          code: input.code,
          label: input.label,
          startsOn: day(input.startsOn),
          endsOn: day(input.endsOn),
          dueOn: input.dueOn ? day(input.dueOn) : null,
        },
        select: periodSelect,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'reporting_period.created',
        targetType: 'reporting_period',
        targetId: period.id,
        details: { ...input },
      });
      return toPeriod(period);
    });
  }

  async update(
    member: AuthenticatedMember,
    periodId: string,
    input: UpdateReportingPeriodRequest,
  ): Promise<ReportingPeriod> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect });
      if (!current) throw DomainException.notFound();
      const before = toPeriod(current);
      const after = { ...before, ...input };
      if (after.endsOn < after.startsOn) {
        throw DomainException.validation([
          {
            in: 'body',
            pointer: input.endsOn ? '/endsOn' : '/startsOn',
            detail: input.endsOn ? 'must not be before the start' : 'must not be after the end',
            code: 'invalid_range',
          },
        ]);
      }
      const period = await tx.reportingPeriod.update({
        where: { id: periodId },
        data: {
          label: after.label,
          startsOn: day(after.startsOn),
          endsOn: day(after.endsOn),
          dueOn: after.dueOn ? day(after.dueOn) : null,
        },
        select: periodSelect,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'reporting_period.updated',
        targetType: 'reporting_period',
        targetId: periodId,
        details: changes(before, after),
      });
      return toPeriod(period);
    });
  }
}
