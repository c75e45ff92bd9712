import { z } from 'zod';
import { DomainException } from './domain.exception';

/** Opaque cursors for keyset paging: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, schema: T): z.output<T> | null {
  if (!cursor) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: not base64 JSON
  }
  throw DomainException.validation([
    { in: 'query', pointer: '/cursor', detail: 'is not a cursor this list gave out', code: 'invalid_cursor' },
  ]);
}

/** Takes `limit + 1` rows to know whether there is a next page. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => Record<string, string>,
): { items: Item[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const visible = hasMore ? rows.slice(0, limit) : rows;
  const last = visible[visible.length - 1];
  return { items: visible.map(toItem), nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}
