import { createHash } from 'node:crypto';
import { DomainException } from '../common/domain.exception';
import type { Db } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

const KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

/** Reads an Idempotency-Key header: a client's id for one intended change, retried as often as needed. */
export function idempotencyKeyFrom(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') return null;
  if (!KEY.test(value)) {
    throw DomainException.validation([
      {
        in: 'header',
        pointer: '/idempotency-key',
        detail: 'must be 8 to 200 letters, digits or ._:- (a UUID is ideal)',
        code: 'invalid_format',
      },
    ]);
  }
  return value;
}

/**
 * Makes a create request safe to retry. Inside the transaction that creates: claims the key
 * first (a concurrent retry waits on the row, then sees it), and returns the stored answer when
 * the key was used before for the same request. A key reused for a different request is a 409.
 */
export async function withIdempotency<T>(
  db: Db,
  claim: { userId: string; key: string | null; scope: string; request: unknown },
  create: () => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  if (!claim.key) return { ...(await create()), replayed: false };
  const requestHash = createHash('sha256')
    .update(claim.scope)
    .update(JSON.stringify(claim.request))
    .digest('hex');
  const inserted = await db.$executeRaw`
    INSERT INTO idempotency_key (user_id, key, scope, request_hash, response_status, response_body)
    VALUES (${claim.userId}::uuid, ${claim.key}, ${claim.scope}, ${requestHash}, 0, '{}'::jsonb)
    ON CONFLICT (user_id, key) DO NOTHING`;
  if (inserted === 0) {
    const previous = await db.idempotencyKey.findUniqueOrThrow({
      where: { userId_key: { userId: claim.userId, key: claim.key } },
    });
    if (previous.scope !== claim.scope || previous.requestHash !== requestHash) {
      throw DomainException.conflict('This Idempotency-Key was used for a different request.');
    }
    return { status: previous.responseStatus, body: previous.responseBody as T, replayed: true };
  }
  const result = await create();
  await db.idempotencyKey.update({
    where: { userId_key: { userId: claim.userId, key: claim.key } },
    data: { responseStatus: result.status, responseBody: result.body as Prisma.InputJsonValue },
  });
  return { ...result, replayed: false };
}
