import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, page } from './common';

export const AuditEvent = z
  .object({
    id: z.string(),
    occurredAt: IsoDateTime,
    actor: z.object({ id: Id, name: z.string(), email: z.string() }).nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ipAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = PageQuery.extend({
  actorId: Id.optional(),
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(60).optional(),
  targetId: z.string().trim().max(100).optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = page(AuditEvent).meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;
