import { Inject, Injectable } from '@nestjs/common';
import type {
  MailDelivery,
  OutboxMessageDetail,
  OutboxMessageSummary,
  OutboxPage,
  OutboxQuery,
} from '@egcc/contracts';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { decodeCursor, pageOf } from '../common/cursor';
import { DomainException } from '../common/domain.exception';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { OutboxWorker } from './outbox-worker';

const summarySelect = {
  id: true,
  toAddress: true,
  template: true,
  subject: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
} satisfies Prisma.OutboxMessageSelect;

const detailSelect = {
  ...summarySelect,
  textBody: true,
  htmlBody: true,
} satisfies Prisma.OutboxMessageSelect;

type SummaryRow = Prisma.OutboxMessageGetPayload<{ select: typeof summarySelect }>;
type DetailRow = Prisma.OutboxMessageGetPayload<{ select: typeof detailSelect }>;

/** Newest first: the last row's creation time, and its id for rows created in the same millisecond. */
const OutboxCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** What the secretariat sees of the e-mail outbox, and the manual retry of a message. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly worker: OutboxWorker,
  ) {}

  async list(query: OutboxQuery): Promise<OutboxPage> {
    const cursor = decodeCursor(query.cursor, OutboxCursor);
    const after = cursor ? new Date(cursor.createdAt) : undefined;
    const rows = await this.prisma.outboxMessage.findMany({
      where: {
        ...(query.status ? { status: query.status } : {}),
        ...(cursor && after
          ? { OR: [{ createdAt: { lt: after } }, { createdAt: after, id: { lt: cursor.id } }] }
          : {}),
      },
      select: summarySelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    return pageOf(rows, query.limit, toSummary, (row) => ({
      createdAt: row.createdAt.toISOString(),
      id: row.id,
    }));
  }

  async delivery(): Promise<MailDelivery> {
    const [pending, failed] = await Promise.all([
      this.prisma.outboxMessage.count({ where: { status: 'PENDING' } }),
      this.prisma.outboxMessage.count({ where: { status: 'FAILED' } }),
    ]);
    return { smtpConfigured: this.config.SMTP_URL !== undefined, pending, failed };
  }

  async get(id: string): Promise<OutboxMessageDetail> {
    const row = await this.prisma.outboxMessage.findUnique({ where: { id }, select: detailSelect });
    if (!row) throw DomainException.notFound();
    return toDetail(row);
  }

  /** Makes a FAILED or PENDING message due now with a fresh set of attempts. */
  async retry(id: string, actorId: string): Promise<OutboxMessageDetail> {
    const row = await this.prisma.$transaction(async (tx) => {
      const before = await tx.outboxMessage.findUnique({
        where: { id },
        select: { status: true, attempts: true },
      });
      if (!before) throw DomainException.notFound();
      // Conditional on the status, so a message the worker marks SENT meanwhile is not re-sent;
      // due by the database's clock, which is the one the workers compare with.
      const count = await tx.$executeRaw`
        UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = now()
         WHERE id = ${id}::uuid AND status IN ('PENDING', 'FAILED')`;
      if (count !== 1) throw DomainException.conflict('This e-mail has been sent already.');
      await this.audit.record(tx, {
        actorId,
        action: 'mail.retry_requested',
        targetType: 'outbox_message',
        targetId: id,
        details: { previousStatus: before.status, previousAttempts: before.attempts },
      });
      return tx.outboxMessage.findUniqueOrThrow({ where: { id }, select: detailSelect });
    });
    this.worker.wake();
    return toDetail(row);
  }
}

function toSummary(row: SummaryRow): OutboxMessageSummary {
  return {
    id: row.id,
    toAddress: row.toAddress,
    template: row.template,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDetail(row: DetailRow): OutboxMessageDetail {
  return { ...toSummary(row), textBody: row.textBody, htmlBody: row.htmlBody };
}
