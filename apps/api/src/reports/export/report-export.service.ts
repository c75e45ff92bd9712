import { Injectable } from '@nestjs/common';
import type { ExportFormat, ReportDetail } from '@egcc/contracts';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { PrismaService } from '../../database/prisma.service';
import { ReportsService } from '../reports.service';
import type { ExportDocument } from './blocks';
import { compilationDocument, type ExportNames, exportNames, reportDocument } from './report-outline';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A report, or a period's regional compilation, as a file to circulate before meetings. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: ReportsService,
  ) {}

  /** One report; 404 when the member may not see it. */
  async report(member: AuthenticatedMember, reportId: string, format: ExportFormat): Promise<ExportFile> {
    const [report, names] = await Promise.all([this.reports.detail(member, reportId), this.names()]);
    return this.file(
      reportDocument(report, names),
      `egcc-${slug(report.delegation.code)}-${occasionSlug(report)}`,
      format,
    );
  }

  /** Every published report of the period the member may read, with a table of contents. */
  async compilation(
    member: AuthenticatedMember,
    periodCode: string,
    format: ExportFormat,
  ): Promise<ExportFile> {
    const [{ period, reports }, names] = await Promise.all([
      this.reports.compilation(member, periodCode),
      this.names(),
    ]);
    return this.file(
      compilationDocument(period, reports, names),
      `egcc-compilation-${slug(period.code)}`,
      format,
    );
  }

  private async file(document: ExportDocument, baseName: string, format: ExportFormat): Promise<ExportFile> {
    // The renderers (pdfmake with its fonts, docx) load with the first export, not with the API:
    // most processes never export, and would carry them in memory for nothing.
    const body =
      format === 'pdf'
        ? await (await import('./pdf-renderer')).renderPdf(document)
        : await (await import('./docx-renderer')).renderDocx(document);
    return { fileName: `${baseName}.${format}`, contentType: EXPORT_CONTENT_TYPES[format], body };
  }

  /** Names for codes, from the reference tables; archived focus areas too, as old reports use them. */
  private async names(): Promise<ExportNames> {
    const [focusAreas, measureKinds, gapKinds, uncrcArticles] = await Promise.all([
      this.prisma.focusArea.findMany({ select: { code: true, name: true } }),
      this.prisma.measureKind.findMany({ select: { code: true, name: true, description: true } }),
      this.prisma.gapKind.findMany({ select: { code: true, name: true, description: true } }),
      this.prisma.uncrcArticle.findMany({ select: { number: true, title: true } }),
    ]);
    return exportNames({ focusAreas, measureKinds, gapKinds, uncrcArticles });
  }
}

/** Letters, digits and dashes only: safe in a Content-Disposition file name. */
function slug(value: string): string {
  return (
    value
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'report'
  );
}

function occasionSlug(report: ReportDetail): string {
  if (report.period) return slug(report.period.code);
  if (report.meeting) return `meeting-${report.meeting.startsAt.slice(0, 10)}`;
  return 'report';
}
