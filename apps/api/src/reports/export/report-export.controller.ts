import { Controller, Get, Res } from '@nestjs/common';
import { ExportQuery, IdParams, PeriodCode } from '@egcc/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidParams, ValidQuery } from '../../common/endpoint';
import { type ExportFile, ReportExportService } from './report-export.service';

const PeriodCodeParams = z.object({ code: PeriodCode });

const FILE = z.string().meta({ format: 'binary' });

@Controller()
export class ReportExportController {
  constructor(private readonly exports: ReportExportService) {}

  @Get('reports/:id/export')
  @Policy('read', 'Report')
  @Endpoint({
    summary: 'A report as a PDF (format=pdf, the default) or a Word document (format=docx), as an attachment',
    response: FILE,
    contentType: 'application/pdf',
  })
  async report(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @ValidQuery(ExportQuery) query: ExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.exports.report(member, params.id, query.format));
  }

  @Get('reporting-periods/:code/compilation')
  @Policy('read', 'Report')
  @Endpoint({
    summary:
      'The period’s regional compilation: every published report with a table of contents, as PDF or DOCX (format)',
    response: FILE,
    contentType: 'application/pdf',
  })
  async compilation(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(PeriodCodeParams) params: z.infer<typeof PeriodCodeParams>,
    @ValidQuery(ExportQuery) query: ExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.exports.compilation(member, params.code, query.format));
  }
}

async function send(reply: FastifyReply, file: ExportFile): Promise<void> {
  await reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('content-length', file.body.length)
    .send(file.body);
}
