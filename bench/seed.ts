/**
 * npm run bench:seed — fills a PostgreSQL database with the benchmark's data set: 10,000
 * threads and 500,000 posts (~360 characters each) across the delegations, written by 120
 * members, with tags, read states and follows. BENCH_DATABASE_URL names the database
 * (default postgresql://postgres@127.0.0.1:5432/egcc_bench, created if missing).
 * Re-running replaces the data set. Every word in WORDS appears with a known frequency, so
 * search benchmarks can ask for a common word ("care", in ~30% of posts) and a rare one.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool, escapeIdentifier } from 'pg';
import { hashPassword } from '../apps/api/src/auth/passwords';
import { applyMigrations } from '../apps/api/src/database/migrator';
import { migrationsDir } from '../apps/api/src/database/paths';
import { seedReferenceData } from '../apps/api/src/database/seed/seed';
import { PrismaClient } from '../apps/api/src/generated/prisma/client';
import { PrismaPg } from '@prisma/adapter-pg';

export const BENCH_DATABASE_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/egcc_bench';
export const BENCH_PASSWORD = 'bench-password-not-for-production';
export const BENCH_MEMBER = 'bench.delegate@egcc.example';

const THREADS = Number(process.env['BENCH_THREADS'] ?? 10_000);
const POSTS_PER_THREAD = Number(process.env['BENCH_POSTS_PER_THREAD'] ?? 50);
const MEMBERS = 120;
const BATCH = 2_000;

const WORDS = (
  'services expertise capacity children families municipality support prevention early intervention ' +
  'protection abuse exploitation trafficking migrant unaccompanied guardianship foster residential ' +
  'transition adulthood justice hearing interview barnahus training social workers police prosecutors ' +
  'health schools data strategy action plan ministry funding pilot evaluation network cooperation region ' +
  'council guidelines standards reporting monitoring outreach digital online helpline'
).split(' ');
/** A word in about 30% of posts, and one in about 0.1%. */
const COMMON = 'care';
const RARE = 'ombudsperson';

function randomInt(max: number) {
  return Math.floor(Math.random() * max);
}

function postBody(): string {
  const words: string[] = [];
  while (words.join(' ').length < 350) words.push(WORDS[randomInt(WORDS.length)]!);
  if (Math.random() < 0.3) words.splice(randomInt(words.length), 0, COMMON);
  if (Math.random() < 0.001) words.splice(randomInt(words.length), 0, RARE);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await client.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  await client.end();
}

export async function seedBench(url = BENCH_DATABASE_URL): Promise<void> {
  const started = Date.now();
  await ensureDatabase(url);
  const pool = new Pool({ connectionString: url, max: 4 });
  await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await applyMigrations(pool, migrationsDir());
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await seedReferenceData(prisma);

  const delegations = (
    await pool.query<{ id: string; code: string }>(
      "SELECT id, code FROM delegation WHERE membership_status = 'ACTIVE' AND kind = 'MEMBER_STATE'",
    )
  ).rows;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    id: randomUUID(),
    email: i === 0 ? BENCH_MEMBER : `member${i}@bench.example`,
    handle: i === 0 ? 'bench.delegate' : `member${i}`,
    name: `Bench Member ${i}`,
    delegation: delegations[i % delegations.length]!.id,
  }));
  await pool.query(
    `INSERT INTO "user" (id, email, handle, name, roles, status, delegation_id, password_hash, updated_at)
     SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]), '{DELEGATE}', 'ACTIVE', unnest($5::uuid[]), $6, now()`,
    [
      members.map((m) => m.id),
      members.map((m) => m.email),
      members.map((m) => m.handle),
      members.map((m) => m.name),
      members.map((m) => m.delegation),
      passwordHash,
    ],
  );

  const focusAreas = (await pool.query<{ code: string }>('SELECT code FROM focus_area')).rows.map(
    (r) => r.code,
  );
  const gapKinds = ['SERVICES', 'EXPERTISE', 'CAPACITY'];
  const now = Date.now();
  const threads = Array.from({ length: THREADS }, (_, i) => {
    const createdAt = new Date(now - (THREADS - i) * 3_600_000 * 2);
    return {
      id: randomUUID(),
      title: `${WORDS[randomInt(WORDS.length)]} and ${WORDS[randomInt(WORDS.length)]}: thread ${i + 1}`,
      author: members[randomInt(MEMBERS)]!.id,
      createdAt,
    };
  });
  for (let i = 0; i < threads.length; i += BATCH) {
    const batch = threads.slice(i, i + BATCH);
    await pool.query(
      `INSERT INTO thread (id, title, author_id, created_at, updated_at, last_post_at)
       SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::uuid[]), unnest($4::timestamptz[]), now(), unnest($4::timestamptz[])`,
      [
        batch.map((t) => t.id),
        batch.map((t) => t.title),
        batch.map((t) => t.author),
        batch.map((t) => t.createdAt),
      ],
    );
    await pool.query(
      `INSERT INTO thread_focus_area (thread_id, focus_area_code) SELECT unnest($1::uuid[]), unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [batch.map((t) => t.id), batch.map(() => focusAreas[randomInt(focusAreas.length)]!)],
    );
    await pool.query(
      `INSERT INTO thread_gap_kind (thread_id, gap_kind) SELECT unnest($1::uuid[]), unnest($2::"GapKindCode"[]) ON CONFLICT DO NOTHING`,
      [batch.map((t) => t.id), batch.map(() => gapKinds[randomInt(gapKinds.length)]!)],
    );
  }

  let written = 0;
  const rows: { thread: string; number: number; author: string; body: string; at: Date }[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    await pool.query(
      `INSERT INTO post (id, thread_id, number, author_id, body, body_html, created_at)
       SELECT gen_random_uuid(), r.thread, r.number, r.author, r.body, '<p>' || r.body || '</p>', r.at
         FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::timestamptz[]) AS r(thread, number, author, body, at)`,
      [
        rows.map((r) => r.thread),
        rows.map((r) => r.number),
        rows.map((r) => r.author),
        rows.map((r) => r.body),
        rows.map((r) => r.at),
      ],
    );
    written += rows.length;
    rows.length = 0;
    if (written % 100_000 === 0) process.stdout.write(`  ${written} posts\n`);
  };
  for (const thread of threads) {
    for (let number = 1; number <= POSTS_PER_THREAD; number++) {
      rows.push({
        thread: thread.id,
        number,
        author: number === 1 ? thread.author : members[randomInt(MEMBERS)]!.id,
        body: postBody(),
        at: new Date(thread.createdAt.getTime() + number * 60_000),
      });
      if (rows.length >= BATCH) await flush();
    }
  }
  await flush();
  await pool.query(
    `UPDATE thread t SET last_post_number = p.n, reply_count = p.n - 1, last_post_at = p.at, last_poster_id = p.author
       FROM (SELECT DISTINCT ON (thread_id) thread_id, number AS n, created_at AS at, author_id AS author FROM post ORDER BY thread_id, number DESC) p
      WHERE p.thread_id = t.id`,
  );
  // The bench member has read some threads and follows a few.
  await pool.query(
    `INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
     SELECT $1, id, (last_post_number * random())::int, now() FROM thread WHERE random() < 0.3`,
    [members[0]!.id],
  );
  await pool.query(
    `INSERT INTO thread_subscription (user_id, thread_id, level, reason, updated_at)
     SELECT $1, id, 'FOLLOWING', 'MANUAL', now() FROM thread WHERE random() < 0.05`,
    [members[0]!.id],
  );
  await pool.query('VACUUM ANALYZE');
  const counts = (
    await pool.query<{ threads: number; posts: number }>(
      'SELECT (SELECT count(*)::int FROM thread) threads, (SELECT count(*)::int FROM post) posts',
    )
  ).rows[0];
  process.stdout.write(
    `Seeded ${counts?.threads} threads and ${counts?.posts} posts in ${Math.round((Date.now() - started) / 1000)} s (${url}).\n`,
  );
  await pool.end();
}

if (require.main === module) {
  seedBench().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}

export { COMMON, RARE };
