import { Injectable } from '@nestjs/common';
import type { RegionalOverview, ReportComparison } from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import { reportDetailSelect, toDetail } from './report-views';
import { ReportsService } from './reports.service';

/** A period across the region: who reported on what, and chosen reports side by side. */
@Injectable()
export class RegionalOverviewService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: ReportsService,
  ) {}

  /**
   * Delegations by focus areas, from the period's published reports: how many measures and
   * gaps each report has in each area (a measure in two areas counts in both), and the active
   * member states that have not published one.
   */
  async overview(periodCode: string): Promise<RegionalOverview> {
    const period = await this.reports.periodByCode(periodCode);
    const [focusAreas, published, memberStates] = await Promise.all([
      this.prisma.focusArea.findMany({
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        select: { code: true, name: true },
      }),
      this.prisma.nationalReport.findMany({
        where: { periodId: period.id, status: 'PUBLISHED' },
        orderBy: [{ delegation: { name: 'asc' } }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          publishedAt: true,
          delegation: { select: { id: true, code: true, name: true } },
          measures: { select: { focusAreas: { select: { focusAreaCode: true } } } },
          gaps: { select: { focusAreaCode: true } },
        },
      }),
      this.prisma.delegation.findMany({
        where: { kind: 'MEMBER_STATE', membershipStatus: 'ACTIVE' },
        orderBy: { name: 'asc' },
        select: { id: true, code: true, name: true },
      }),
    ]);
    const reported = new Set(published.map((report) => report.delegation.id));
    return {
      period,
      focusAreas,
      rows: published.map((report) => ({
        delegation: report.delegation,
        report: {
          id: report.id,
          title: report.title,
          publishedAt: (report.publishedAt ?? new Date(0)).toISOString(),
        },
        cells: focusAreas.map(({ code }) => ({
          focusArea: code,
          measures: report.measures.filter((m) => m.focusAreas.some((f) => f.focusAreaCode === code)).length,
          gaps: report.gaps.filter((g) => g.focusAreaCode === code).length,
        })),
        totals: { measures: report.measures.length, gaps: report.gaps.length },
      })),
      notReported: memberStates.filter((delegation) => !reported.has(delegation.id)),
    };
  }

  /** The chosen delegations' published reports for the period, in the order asked for. */
  async comparison(
    member: AuthenticatedMember,
    periodCode: string,
    codes: string[],
  ): Promise<ReportComparison> {
    const period = await this.reports.periodByCode(periodCode);
    const delegations = await this.prisma.delegation.findMany({
      where: { code: { in: codes } },
      select: { id: true, code: true, name: true },
    });
    const unknown = codes.filter((code) => !delegations.some((d) => d.code === code));
    if (unknown.length) {
      throw DomainException.validation([
        {
          in: 'query',
          pointer: '/delegations',
          detail: `no delegation ${unknown.map((code) => `"${code}"`).join(', ')}`,
          code: 'unknown_delegation',
        },
      ]);
    }
    const rows = await this.prisma.nationalReport.findMany({
      where: { periodId: period.id, status: 'PUBLISHED', delegationId: { in: delegations.map((d) => d.id) } },
      select: reportDetailSelect,
    });
    const ordered = codes.flatMap((code) => delegations.filter((d) => d.code === code));
    return {
      period,
      reports: ordered.flatMap((delegation) => {
        const row = rows.find((r) => r.delegationId === delegation.id);
        return row ? [toDetail(member, row)] : [];
      }),
      missing: ordered.filter((delegation) => !rows.some((r) => r.delegationId === delegation.id)),
    };
  }
}
