/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the API's search runs, on the bench:seed data
 * set, as the bench member: the SearchService itself builds them, over a pool that explains
 * every statement touching a search_vector before running it. `npm run bench` runs it for the
 * searches that miss the target; by hand:
 *   npx tsx --tsconfig bench/tsconfig.json bench/explain-search.ts [--suggest] [--types=POST] [query…]
 * (default: the common word).
 */
import { SearchQuery, SuggestQuery } from '@egcc/contracts';
import { defineAbilityFor } from '@egcc/policy';
import { PrismaPg } from '@prisma/adapter-pg';
// The API's types augment fastify's request; the augmentation needs fastify in the program.
import type {} from 'fastify';
import { Pool } from 'pg';
import type { AuthenticatedMember } from '../apps/api/src/auth/auth.types';
import type { DatabaseConnection } from '../apps/api/src/database/database-connection';
import type { PrismaService } from '../apps/api/src/database/prisma.service';
import { PrismaClient } from '../apps/api/src/generated/prisma/client';
import { SearchService } from '../apps/api/src/search/search.service';
import { BENCH_DATABASE_URL, BENCH_MEMBER, SEARCH_TERMS } from './seed';

export interface ExplainedStatement {
  /** Milliseconds, as EXPLAIN ANALYZE measured the execution. */
  executionMs: number;
  plan: string;
}

/** Each statement of one search (or of suggestions, with `suggest`), explained. */
export async function explainSearch(
  pool: Pool,
  q: string,
  options: { types?: string; suggest?: boolean } = {},
): Promise<ExplainedStatement[]> {
  const row = (
    await pool.query<{
      id: string;
      email: string;
      name: string;
      roles: string[];
      status: string;
      delegation_id: string | null;
      membership_status: string | null;
    }>(
      `SELECT u.id, u.email, u.name, u.roles::text[] AS roles, u.status, u.delegation_id, d.membership_status
         FROM "user" u LEFT JOIN delegation d ON d.id = u.delegation_id WHERE u.email = $1`,
      [BENCH_MEMBER],
    )
  ).rows[0];
  if (!row) throw new Error('No bench member: run npm run bench:seed first');
  const actor = {
    id: row.id,
    roles: row.roles,
    status: row.status,
    delegationId: row.delegation_id,
    delegationStatus: row.membership_status,
  } as Parameters<typeof defineAbilityFor>[0];
  const member = {
    ...actor,
    email: row.email,
    name: row.name,
    twoFactorEnabled: false,
    sessionId: '',
    sessionToken: '',
    idleExpiresAt: new Date(Date.now() + 3_600_000),
    ability: defineAbilityFor(actor),
  } as AuthenticatedMember;

  const explained: ExplainedStatement[] = [];
  const explaining = {
    query: async (text: string, values?: unknown[]) => {
      if (/search_vector/.test(text)) {
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
          values,
        );
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        explained.push({ executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), plan });
      }
      return pool.query(text, values);
    },
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    const service = new SearchService(
      { pool: explaining } as unknown as DatabaseConnection,
      prisma as unknown as PrismaService,
    );
    if (options.suggest) await service.suggest(member, SuggestQuery.parse({ q }));
    else
      await service.search(
        member,
        SearchQuery.parse({ q, ...(options.types ? { types: options.types } : {}) }),
      );
  } finally {
    await prisma.$disconnect();
  }
  return explained;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const queries = args.filter((arg) => !arg.startsWith('--'));
  const options = {
    suggest: args.includes('--suggest'),
    types: args.find((arg) => arg.startsWith('--types='))?.slice('--types='.length),
  };
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: 2 });
  (async () => {
    for (const q of queries.length ? queries : [SEARCH_TERMS.common]) {
      for (const [i, statement] of (await explainSearch(pool, q, options)).entries()) {
        process.stdout.write(
          `-- ${q}: statement ${i + 1}, ${statement.executionMs} ms\n${statement.plan}\n\n`,
        );
      }
    }
  })()
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => void pool.end());
}
