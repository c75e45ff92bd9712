import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { requestContext } from '../common/request-context';
import type { Db } from '../database/prisma.service';

export interface AuditEntry {
  /** The member who did it; null for visitors (a failed sign-in) and for the system. */
  actorId: string | null;
  /** Dotted verb, e.g. "member.invited". */
  action: string;
  targetType?: string;
  targetId?: string;
  /** A summary of what changed: never secrets, passwords or tokens. */
  details?: Prisma.InputJsonObject;
}

/**
 * Writes the audit log. Always call it with the transaction that makes the change, so the
 * record and the change commit or fail together. The request (IP, user agent, request id)
 * comes from the request context.
 */
@Injectable()
export class AuditService {
  async record(db: Db, entry: AuditEntry): Promise<void> {
    const context = requestContext.getStore();
    await db.auditEvent.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        details: entry.details ?? {},
        ipAddress: context?.ipAddress ?? null,
        userAgent: context?.userAgent ?? null,
        requestId: context?.requestId ?? null,
      },
    });
  }
}

/** The fields of `after` that differ from `before`, as { field: { from, to } }. */
export function changes<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Prisma.InputJsonObject {
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[key];
    const same =
      previous instanceof Date && value instanceof Date
        ? previous.getTime() === value.getTime()
        : JSON.stringify(previous) === JSON.stringify(value);
    if (!same) diff[key] = { from: normalise(previous), to: normalise(value) };
  }
  return diff as Prisma.InputJsonObject;
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
