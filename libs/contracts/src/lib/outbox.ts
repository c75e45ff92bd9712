import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, page } from './common';

export const OutboxStatus = z.enum(['PENDING', 'SENT', 'FAILED']).meta({ id: 'OutboxStatus' });
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxMessageSummary = z
  .object({
    id: Id,
    toAddress: z.string(),
    template: z.string(),
    subject: z.string(),
    status: OutboxStatus,
    attempts: z.number().int(),
    nextAttemptAt: IsoDateTime,
    lastError: z.string().nullable(),
    sentAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'OutboxMessageSummary' });
export type OutboxMessageSummary = z.infer<typeof OutboxMessageSummary>;

export const OutboxMessageDetail = OutboxMessageSummary.extend({
  textBody: z.string(),
  htmlBody: z.string().nullable(),
}).meta({ id: 'OutboxMessageDetail' });
export type OutboxMessageDetail = z.infer<typeof OutboxMessageDetail>;

export const OutboxQuery = PageQuery.extend({ status: OutboxStatus.optional() });
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxPage = page(OutboxMessageSummary).meta({ id: 'OutboxPage' });
export type OutboxPage = z.infer<typeof OutboxPage>;

/** Whether mail leaves the portal (SMTP configured) or stays in the outbox for admins to read. */
export const MailDelivery = z
  .object({ smtpConfigured: z.boolean(), pending: z.number().int(), failed: z.number().int() })
  .meta({ id: 'MailDelivery' });
export type MailDelivery = z.infer<typeof MailDelivery>;
