/**
 * npm run bench — measures the API on the bench:seed data set against the floor (the same SQL
 * behind bare node:http + pg), with sessions and authorization on, at 16 connections:
 * the thread list, a thread page (20 posts), creating a post. Prints latency percentiles,
 * throughput, the API process's peak memory, and EXPLAIN of the hot queries.
 *   BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (16).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { applyMigrations } from '../apps/api/src/database/migrator';
import { migrationsDir } from '../apps/api/src/database/paths';
import { threadListSql, threadPageSql } from '../apps/api/src/discussions/thread-queries';
import { BENCH_DATABASE_URL, BENCH_MEMBER, BENCH_PASSWORD } from './seed';

const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const APP_PORT = 3900;
const FLOOR_PORT = 3901;
const root = join(__dirname, '..');

interface Result {
  name: string;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', () => undefined);
  return child;
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function load(name: string, options: autocannon.Options): Promise<Result> {
  // A short warm-up, then the measured run.
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: DURATION, connections: CONNECTIONS });
  const errors = result.errors + result.non2xx;
  return {
    name,
    requests: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
  };
}

async function main() {
  const apiMain = join(root, 'dist/apps/api/main.js');
  if (!existsSync(apiMain)) throw new Error('Build the API first: npx nx run api:build');
  const pool = new Pool({ connectionString: BENCH_DATABASE_URL, max: 2 });
  // A data set seeded before the latest migrations is brought up to date, not re-seeded.
  await applyMigrations(pool, migrationsDir());
  const counts = (
    await pool.query<{ threads: number; posts: number }>(
      'SELECT (SELECT count(*)::int FROM thread) threads, (SELECT count(*)::int FROM post) posts',
    )
  ).rows[0];
  if (!counts || counts.threads === 0) throw new Error('No bench data: run npm run bench:seed first');
  const member = (await pool.query<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [BENCH_MEMBER]))
    .rows[0];
  if (!member) throw new Error('No bench member: run npm run bench:seed first');
  const threadIds = (
    await pool.query<{ id: string }>('SELECT id FROM thread ORDER BY random() LIMIT 1000')
  ).rows.map((r) => r.id);

  // As `npm start` and the Docker image run it (heap and allocator settings included).
  const app = start(process.execPath, ['--max-semi-space-size=4', '--max-old-space-size=192', apiMain], {
    MALLOC_ARENA_MAX: '2',
    NODE_ENV: 'production',
    PORT: String(APP_PORT),
    HOST: '127.0.0.1',
    DATABASE_URL: BENCH_DATABASE_URL,
    DATABASE_POOL_SIZE: String(CONNECTIONS),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'never',
    MAIL_WORKER: 'false',
    SCHEDULED_JOBS: 'false',
    SECRET_KEY: 'bench-secret-key-bench-secret-key-0123',
    TWO_FACTOR_REQUIRED_FOR: 'none',
  });
  const floor = start(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'floor-server.ts')],
    {
      DATABASE_URL: BENCH_DATABASE_URL,
      BENCH_USER_ID: member.id,
      PORT: String(FLOOR_PORT),
      POOL: String(CONNECTIONS),
    },
  );
  try {
    await waitFor(`http://127.0.0.1:${APP_PORT}/api/ready`);
    await waitFor(`http://127.0.0.1:${FLOOR_PORT}/threads`);
    const origin = `http://127.0.0.1:${APP_PORT}`;
    const signIn = await fetch(`${origin}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: BENCH_MEMBER, password: BENCH_PASSWORD }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await signIn.json()) as { session: { csrfToken: string } }).session.csrfToken;
    const headers = { cookie };

    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMegabytes(app.pid!))), 200);
    let next = 0;
    const nextThread = () => threadIds[next++ % threadIds.length]!;

    const results: { scenario: string; app: Result; floor?: Result }[] = [];
    results.push({
      scenario: 'thread list (first 25)',
      app: await load('app', { url: `${origin}/api/v1/threads`, headers }),
      floor: await load('floor', { url: `http://127.0.0.1:${FLOOR_PORT}/threads` }),
    });
    results.push({
      scenario: 'thread page (20 posts)',
      app: await load('app', {
        url: origin,
        headers,
        requests: [{ setupRequest: (request) => ({ ...request, path: `/api/v1/threads/${nextThread()}` }) }],
      }),
      floor: await load('floor', {
        url: `http://127.0.0.1:${FLOOR_PORT}`,
        requests: [{ setupRequest: (request) => ({ ...request, path: `/threads/${nextThread()}` }) }],
      }),
    });
    results.push({
      scenario: 'create a post',
      app: await load('app', {
        url: origin,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', origin, 'x-csrf-token': csrf },
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: `/api/v1/threads/${nextThread()}/posts`,
              body: JSON.stringify({
                body: 'A benchmark reply: our municipalities report the same gap in expertise.',
              }),
            }),
          },
        ],
      }),
    });
    clearInterval(sampler);

    const plans: string[] = [];
    for (const [name, sql] of [
      ['thread list', threadListSql(member.id, { limit: 25 }, null)],
      ['thread page', threadPageSql(member.id, threadIds[0]!, 1, 20)],
    ] as const) {
      const plan = (
        await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values)
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      const seqScans = /Seq Scan on (thread|post)\b/.test(plan);
      plans.push(
        `### ${name}${seqScans ? ' — SEQUENTIAL SCAN ON A BIG TABLE' : ' (index scans only on thread and post)'}\n\n\`\`\`\n${plan}\n\`\`\``,
      );
    }

    const lines = [
      `Data: ${counts.threads} threads, ${counts.posts} posts. ${CONNECTIONS} connections, ${DURATION} s per run, sessions and authorization on.`,
      '',
      '| scenario | API req/s | API p50 / p99 ms | floor req/s | floor p99 ms | API / floor |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        ({ scenario, app, floor }) =>
          `| ${scenario} | ${app.requests} | ${app.p50} / ${app.p99} | ${floor ? floor.requests : '–'} | ${floor ? floor.p99 : '–'} | ${floor ? `${Math.round((100 * app.requests) / floor.requests)} %` : '–'} |` +
          (app.errors ? ` (${app.errors} errors)` : ''),
      ),
      '',
      `API process peak memory (RSS): ${peakRss} MB.`,
      '',
      ...plans,
    ];
    const report = lines.join('\n');
    process.stdout.write(`${report}\n`);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/latest.md'), `${report}\n`);
  } finally {
    app.kill('SIGTERM');
    floor.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
