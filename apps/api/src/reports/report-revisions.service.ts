import { Injectable } from '@nestjs/common';
import {
  ReportContent,
  type ReportDiff,
  type ReportRevisionDetail,
  type ReportRevisionSummary,
} from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { diffContent } from './report-diff';
import { ReportAccess } from './report-access';
import { personSelect, toPerson } from './report-views';

const revisionSelect = {
  version: true,
  event: true,
  status: true,
  createdAt: true,
  createdBy: { select: personSelect },
} satisfies Prisma.ReportRevisionSelect;

type RevisionRow = Prisma.ReportRevisionGetPayload<{ select: typeof revisionSelect }>;

function toRevision(row: RevisionRow): ReportRevisionSummary {
  return {
    version: row.version,
    event: row.event,
    status: row.status,
    createdBy: toPerson(row.createdBy),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A report's history: every version, what it said, and what changed between two of them. */
@Injectable()
export class ReportRevisionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: ReportAccess,
  ) {}

  async list(member: AuthenticatedMember, reportId: string): Promise<ReportRevisionSummary[]> {
    await this.access.visible(member, reportId);
    const rows = await this.prisma.reportRevision.findMany({
      where: { reportId },
      orderBy: { version: 'desc' },
      select: revisionSelect,
    });
    return rows.map(toRevision);
  }

  async get(member: AuthenticatedMember, reportId: string, version: number): Promise<ReportRevisionDetail> {
    await this.access.visible(member, reportId);
    return this.revision(reportId, version);
  }

  async diff(member: AuthenticatedMember, reportId: string, from: number, to: number): Promise<ReportDiff> {
    await this.access.visible(member, reportId);
    const [before, after] = await Promise.all([this.revision(reportId, from), this.revision(reportId, to)]);
    const areas = await this.prisma.focusArea.findMany({ select: { code: true, name: true } });
    const names = new Map(areas.map((area) => [area.code, area.name]));
    const { content: fromContent, ...fromSummary } = before;
    const { content: toContent, ...toSummary } = after;
    return {
      from: fromSummary,
      to: toSummary,
      sections: diffContent(fromContent, toContent, (code) => names.get(code) ?? code),
    };
  }

  private async revision(reportId: string, version: number): Promise<ReportRevisionDetail> {
    const row = await this.prisma.reportRevision.findUnique({
      where: { reportId_version: { reportId, version } },
      select: { ...revisionSelect, snapshot: true },
    });
    if (!row) throw DomainException.notFound(`This report has no version ${version}.`);
    return { ...toRevision(row), content: ReportContent.parse(row.snapshot) };
  }
}
