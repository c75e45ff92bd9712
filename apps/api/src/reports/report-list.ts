import type { ReportListQuery } from '@egcc/contracts';
import type { Pool } from 'pg';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { decodeCursor, encodeCursor } from '../common/cursor';

export const ReportCursor = z.object({ on: z.iso.date(), name: z.string(), id: z.uuid() });
export type ReportCursor = z.infer<typeof ReportCursor>;

const COLUMN: Record<string, string> = {
  status: 'r.status::text',
  delegationId: 'r.delegation_id::text',
};

/**
 * The reports a member may read, as SQL, from the policy's own rules: "published ones",
 * "those of my delegation", "submitted ones" (chair), everything (admin). The rules' conditions
 * name the report's fields, which map one to one onto columns.
 */
export function visibilitySql(member: AuthenticatedMember, params: unknown[]): string {
  const allowed: string[] = [];
  const denied: string[] = [];
  for (const rule of member.ability.rulesFor('read', 'Report')) {
    const conditions = Object.entries((rule.conditions ?? {}) as Record<string, unknown>);
    const clause = conditions.length
      ? conditions
          .map(([field, value]) => {
            const column = COLUMN[field];
            if (!column || typeof value !== 'string') {
              throw new Error(`Report visibility: cannot translate the condition on ${field}`);
            }
            params.push(value);
            return `${column} = $${params.length}`;
          })
          .join(' AND ')
      : 'TRUE';
    (rule.inverted ? denied : allowed).push(`(${clause})`);
  }
  if (allowed.length === 0) return 'FALSE';
  const visible = `(${allowed.join(' OR ')})`;
  return denied.length ? `${visible} AND NOT (${denied.join(' OR ')})` : visible;
}

/**
 * One page of the ids of the reports the member may read, newest period first, then by
 * delegation name (reports for a meeting sort by the meeting's date).
 */
export async function reportIdsPage(
  pool: Pool,
  member: AuthenticatedMember,
  query: ReportListQuery,
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor, ReportCursor);
  const params: unknown[] = [];
  const where = [visibilitySql(member, params)];
  const sortOn = `COALESCE(p.starts_on, (m.starts_at AT TIME ZONE 'UTC')::date)`;
  if (query.period) {
    params.push(query.period.toUpperCase());
    where.push(`p.code = $${params.length}`);
  }
  if (query.delegation) {
    params.push(query.delegation);
    where.push(`d.code = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`r.status::text = $${params.length}`);
  }
  if (cursor) {
    params.push(cursor.on, cursor.name, cursor.id);
    const [on, name, id] = [params.length - 2, params.length - 1, params.length];
    where.push(
      `(${sortOn} < $${on}::date OR (${sortOn} = $${on}::date AND (d.name, r.id) > ($${name}, $${id}::uuid)))`,
    );
  }
  params.push(query.limit + 1);
  const { rows } = await pool.query<{ id: string; sort_on: string; name: string }>(
    `SELECT r.id, to_char(${sortOn}, 'YYYY-MM-DD') AS sort_on, d.name
       FROM national_report r
       JOIN delegation d ON d.id = r.delegation_id
       LEFT JOIN reporting_period p ON p.id = r.period_id
       LEFT JOIN meeting m ON m.id = r.meeting_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${sortOn} DESC, d.name ASC, r.id ASC
      LIMIT $${params.length}`,
    params,
  );
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    ids: page.map((row) => row.id),
    nextCursor: hasMore && last ? encodeCursor({ on: last.sort_on, name: last.name, id: last.id }) : null,
  };
}
