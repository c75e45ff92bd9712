import { Controller, Get, Res } from '@nestjs/common';
import { AuditPage, AuditQuery } from '@egcc/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidQuery } from '../common/endpoint';
import { PrismaService } from '../database/prisma.service';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

const AuditExportQuery = AuditQuery.omit({ cursor: true, limit: true });

@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly log: AuditLogService,
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  @Get()
  @Policy('read', 'AuditEvent')
  @Endpoint({ summary: 'The audit log, newest first, with filters', response: AuditPage })
  list(@ValidQuery(AuditQuery) query: AuditQuery) {
    return this.log.list(query);
  }

  @Get('export')
  @Policy('export', 'AuditEvent')
  @Endpoint({
    summary: 'The audit log as CSV, with the same filters',
    response: z.string(),
    contentType: 'text/csv',
  })
  async export(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidQuery(AuditExportQuery) filters: z.infer<typeof AuditExportQuery>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Reading the log is on record too.
    await this.audit.record(this.prisma, {
      actorId: actor.id,
      action: 'audit.exported',
      details: { filters },
    });
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="egcc-audit-${stamp}.csv"`)
      .send(this.log.exportCsv(filters));
  }
}
