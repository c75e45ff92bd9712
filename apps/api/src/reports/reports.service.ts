import { Injectable } from '@nestjs/common';
import type {
  CreateReportRequest,
  ReportContent,
  ReportDetail,
  ReportingPeriod,
  ReportListQuery,
  ReportPage,
  SaveReportRequest,
} from '@egcc/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { DatabaseConnection } from '../database/database-connection';
import { type Db, PrismaService } from '../database/prisma.service';
import { checkContent, recordRevision, writeLists } from './report-content';
import { ReportAccess, assertAllowed, canSee } from './report-access';
import { reportIdsPage } from './report-list';
import {
  periodSelect,
  reportContentSelect,
  reportDetailSelect,
  reportSummarySelect,
  toContent,
  toDetail,
  toPeriod,
  toSummary,
} from './report-views';

/** National reports: the list, filing one, reading one, and saving its content. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly connection: DatabaseConnection,
    private readonly access: ReportAccess,
    private readonly audit: AuditService,
  ) {}

  async list(member: AuthenticatedMember, query: ReportListQuery): Promise<ReportPage> {
    const { ids, nextCursor } = await reportIdsPage(this.connection.pool, member, query);
    const rows = await this.prisma.nationalReport.findMany({
      where: { id: { in: ids } },
      select: reportSummarySelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toSummary(row)] : [];
      }),
      nextCursor,
    };
  }

  /** The report as its page shows it; 404 when the member may not see it. */
  async detail(member: AuthenticatedMember, reportId: string, db: Db = this.prisma): Promise<ReportDetail> {
    const row = await db.nationalReport.findUnique({ where: { id: reportId }, select: reportDetailSelect });
    if (!row || !canSee(member, row)) throw DomainException.notFound();
    return toDetail(member, row);
  }

  /**
   * The report as it is after a step the member just took, even when that step puts it out of
   * their sight (a chair returning another delegation's report sees it back in draft, with
   * nothing left to do; reading it again is a 404).
   */
  async afterStep(member: AuthenticatedMember, reportId: string): Promise<ReportDetail> {
    const row = await this.prisma.nationalReport.findUniqueOrThrow({
      where: { id: reportId },
      select: reportDetailSelect,
    });
    return toDetail(member, row);
  }

  /** A period's published reports, by delegation name: what the regional compilation prints. */
  async compilation(
    member: AuthenticatedMember,
    periodCode: string,
  ): Promise<{ period: ReportingPeriod; reports: ReportDetail[] }> {
    const period = await this.periodByCode(periodCode);
    const rows = await this.prisma.nationalReport.findMany({
      where: { periodId: period.id, status: 'PUBLISHED' },
      orderBy: [{ delegation: { name: 'asc' } }, { id: 'asc' }],
      select: reportDetailSelect,
    });
    return {
      period,
      reports: rows.filter((row) => canSee(member, row)).map((row) => toDetail(member, row)),
    };
  }

  /** A period by its code ("2026-H2", any case); 404 when there is none. */
  async periodByCode(code: string, db: Db = this.prisma): Promise<ReportingPeriod> {
    const period = await db.reportingPeriod.findUnique({
      where: { code: code.trim().toUpperCase() },
      select: periodSelect,
    });
    if (!period) throw DomainException.notFound(`There is no reporting period ${code}.`);
    return toPeriod(period);
  }

  /** A new draft for the member's own delegation: one per delegation and period (or meeting). */
  async create(member: AuthenticatedMember, input: CreateReportRequest): Promise<ReportDetail> {
    if (!member.delegationId) {
      throw DomainException.forbidden('Only members of a delegation file national reports.');
    }
    const delegationId = member.delegationId;
    const id = await this.fileDraft(member, delegationId, input).catch((error: unknown) => {
      // Two filings at once: the unique index lets one through.
      if ((error as { code?: unknown }).code === 'P2002') {
        throw DomainException.conflict(
          'Your delegation already has a report for this period or meeting. Open it instead.',
        );
      }
      throw error;
    });
    return this.detail(member, id);
  }

  private fileDraft(member: AuthenticatedMember, delegationId: string, input: CreateReportRequest) {
    return this.prisma.$transaction(async (tx) => {
      const delegation = await tx.delegation.findUniqueOrThrow({
        where: { id: delegationId },
        select: { name: true },
      });
      const target = await this.target(tx, input);
      const existing = await tx.nationalReport.findFirst({
        where: input.periodId
          ? { delegationId, periodId: input.periodId }
          : { delegationId, meetingId: input.meetingId },
        select: { title: true },
      });
      if (existing) {
        throw DomainException.conflict(
          `${delegation.name} already has a report for ${target.label}: “${existing.title}”. Open it instead.`,
        );
      }
      const content = await checkContent(tx, {
        ...input,
        title: input.title ?? `${delegation.name}: national report, ${target.label}`,
      });
      const report = await tx.nationalReport.create({
        data: {
          delegationId,
          periodId: input.periodId ?? null,
          meetingId: input.meetingId ?? null,
          title: content.title,
          summary: content.summary,
          goodPractices: content.goodPractices,
          nextSteps: content.nextSteps,
          createdById: member.id,
          updatedById: member.id,
        },
        select: { id: true },
      });
      await writeLists(tx, report.id, content);
      await recordRevision(tx, {
        reportId: report.id,
        version: 1,
        event: 'CREATED',
        status: 'DRAFT',
        content,
        actorId: member.id,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'report.created',
        targetType: 'report',
        targetId: report.id,
        details: {
          title: content.title,
          periodId: input.periodId ?? null,
          meetingId: input.meetingId ?? null,
          delegationId,
        },
      });
      return report.id;
    });
  }

  private async target(db: Db, input: CreateReportRequest): Promise<{ label: string }> {
    if (input.periodId) {
      const period = await db.reportingPeriod.findUnique({
        where: { id: input.periodId },
        select: { label: true },
      });
      if (!period) {
        throw DomainException.validation([
          { in: 'body', pointer: '/periodId', detail: 'no such reporting period', code: 'unknown_period' },
        ]);
      }
      return period;
    }
    const meeting = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { title: true } });
    if (!meeting) {
      throw DomainException.validation([
        { in: 'body', pointer: '/meetingId', detail: 'no such meeting', code: 'unknown_meeting' },
      ]);
    }
    return { label: meeting.title };
  }

  /**
   * Saves the whole content of a draft, based on the version the editor loaded: when someone
   * saved in between, nothing is written and the answer (409) names the current version.
   */
  async save(member: AuthenticatedMember, reportId: string, input: SaveReportRequest): Promise<ReportDetail> {
    await this.prisma.$transaction(async (tx) => {
      await this.access.allowed(member, reportId, 'update', tx);
      const { version, ...rest } = input;
      const content = await checkContent(tx, rest);
      // Only if nobody saved or moved it since: a concurrent save or step finds no row.
      const updated = await tx.nationalReport.updateMany({
        where: { id: reportId, version, status: 'DRAFT' },
        data: {
          version: { increment: 1 },
          title: content.title,
          summary: content.summary,
          goodPractices: content.goodPractices,
          nextSteps: content.nextSteps,
          updatedById: member.id,
        },
      });
      if (updated.count === 0) await this.refuseStale(tx, member, reportId, version);
      await writeLists(tx, reportId, content);
      await recordRevision(tx, {
        reportId,
        version: version + 1,
        event: 'SAVED',
        status: 'DRAFT',
        content,
        actorId: member.id,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'report.saved',
        targetType: 'report',
        targetId: reportId,
        details: {
          version: version + 1,
          title: content.title,
          measures: content.measures.length,
          gaps: content.gaps.length,
        },
      });
    });
    return this.detail(member, reportId);
  }

  /** Why a conditional update found no row: the state moved (409) or the version did (409 + current). */
  async refuseStale(
    db: Db,
    member: AuthenticatedMember,
    reportId: string,
    version: number,
    action: 'update' | 'submit' | 'withdraw' | 'review' = 'update',
  ): Promise<never> {
    // The member could see the report when they began: say what changed, even if it has
    // left their sight since (a chair's report returned while they were publishing it).
    const current = await db.nationalReport.findUniqueOrThrow({
      where: { id: reportId },
      select: { version: true, delegationId: true, status: true },
    });
    assertAllowed(member, current, action);
    throw DomainException.staleVersion(
      current.version,
      `Someone changed this report after you opened it (you had version ${version}, it is now at version ${current.version}). Reload it and apply your changes again.`,
    );
  }

  /** The report's content now, as a revision records it. */
  async content(db: Db, reportId: string): Promise<ReportContent> {
    return toContent(
      await db.nationalReport.findUniqueOrThrow({ where: { id: reportId }, select: reportContentSelect }),
    );
  }
}
