import { Injectable } from '@nestjs/common';
import type { AuditEvent, AuditPage, AuditQuery } from '@egcc/contracts';
import { stringify } from 'csv-stringify';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { decodeCursor, pageOf } from '../common/cursor';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

const auditSelect = {
  id: true,
  occurredAt: true,
  action: true,
  targetType: true,
  targetId: true,
  ipAddress: true,
  userAgent: true,
  requestId: true,
  details: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventSelect;
type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>;

const toEvent = (row: AuditRow): AuditEvent => ({
  ...row,
  id: row.id.toString(),
  occurredAt: row.occurredAt.toISOString(),
  details: (row.details ?? {}) as Record<string, unknown>,
});

const AuditCursor = z.object({ id: z.string().regex(/^\d+$/) });
const EXPORT_BATCH = 500;

export type AuditFilters = Omit<AuditQuery, 'cursor' | 'limit'>;

/** Reading the audit log: filtered, newest first, paged or as CSV. Never written here. */
@Injectable()
export class AuditLogService {
  constructor(private readonly prisma: PrismaService) {}

  private where(filters: AuditFilters): Prisma.AuditEventWhereInput {
    return {
      ...(filters.actorId ? { actorId: filters.actorId } : {}),
      ...(filters.action ? { action: { startsWith: filters.action } } : {}),
      ...(filters.targetType ? { targetType: filters.targetType } : {}),
      ...(filters.targetId ? { targetId: filters.targetId } : {}),
      ...(filters.from || filters.to
        ? {
            occurredAt: {
              ...(filters.from ? { gte: new Date(filters.from) } : {}),
              ...(filters.to ? { lt: new Date(filters.to) } : {}),
            },
          }
        : {}),
    };
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const cursor = decodeCursor(query.cursor, AuditCursor);
    const rows = await this.prisma.auditEvent.findMany({
      where: { ...this.where(query), ...(cursor ? { id: { lt: BigInt(cursor.id) } } : {}) },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      select: auditSelect,
    });
    return pageOf(rows, query.limit, toEvent, (row) => ({ id: row.id.toString() }));
  }

  /** Every matching event as CSV, streamed in batches so a long log never sits in memory. */
  exportCsv(filters: AuditFilters): Readable {
    const csv = stringify({
      header: true,
      columns: [
        'id',
        'occurredAt',
        'actorName',
        'actorEmail',
        'action',
        'targetType',
        'targetId',
        'ipAddress',
        'userAgent',
        'requestId',
        'details',
      ],
    });
    const where = this.where(filters);
    void (async () => {
      try {
        let before: bigint | undefined;
        for (;;) {
          const rows = await this.prisma.auditEvent.findMany({
            where: { ...where, ...(before ? { id: { lt: before } } : {}) },
            orderBy: { id: 'desc' },
            take: EXPORT_BATCH,
            select: auditSelect,
          });
          for (const row of rows) {
            const event = toEvent(row);
            const accepted = csv.write({
              ...event,
              actorName: event.actor?.name ?? '',
              actorEmail: event.actor?.email ?? '',
              details: JSON.stringify(event.details),
            });
            if (!accepted) await new Promise((resolve) => csv.once('drain', resolve));
          }
          if (rows.length < EXPORT_BATCH) break;
          before = rows[rows.length - 1]?.id;
        }
        csv.end();
      } catch (error) {
        csv.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    })();
    return csv;
  }
}
