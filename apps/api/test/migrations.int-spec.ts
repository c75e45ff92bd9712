import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { applyMigrations, pendingMigrations, readMigrations } from '../src/database/migrator';
import { migrationsDir } from '../src/database/paths';
import { createEmptyDatabase, serverUrl, type TestDatabase } from './support/test-database';

const workspace = resolve(__dirname, '../../..');

/**
 * Runs the real Prisma CLI (with the WASM schema engine) against a database. Asynchronously:
 * an embedded test database answers from this very process.
 */
async function prisma(args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(workspace, 'tools/prisma-engine/prisma.mjs'), ...args],
      {
        cwd: workspace,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('migrations applied at start-up and by npm run db:migrate', () => {
  let database: TestDatabase;
  let pool: Pool;
  const migrations = readMigrations(migrationsDir());

  beforeEach(async () => {
    database = await createEmptyDatabase();
    pool = new Pool({ connectionString: database.url, max: serverUrl() ? 4 : 1 });
    // As the app's pool does: an idle connection the server closes (dropping a test database
    // WITH (FORCE) closes every connection to it) is replaced, not an unhandled error.
    pool.on('error', () => undefined);
  });
  afterEach(async () => {
    await pool.end();
    await database.drop();
  });

  it('applies every migration once, in name order, recorded as Prisma records them', async () => {
    expect(await pendingMigrations(pool, migrationsDir())).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(pool, migrationsDir())).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(pool, migrationsDir())).toEqual([]);
    expect(await pendingMigrations(pool, migrationsDir())).toEqual([]);

    const { rows } = await pool.query(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at, logs FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows).toEqual(
      migrations.map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        finished_at: expect.any(Date),
        applied_steps_count: 1,
        rolled_back_at: null,
        logs: null,
      })),
    );
    expect(migrations[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves a database that the real `prisma migrate status` reports up to date', async () => {
    await applyMigrations(pool, migrationsDir());
    await pool.end();
    pool = new Pool({ connectionString: database.url, max: 1 });
    const status = await prisma(['migrate', 'status'], database.url);
    expect(status.output).toContain('Database schema is up to date');
    expect(status.status).toBe(0);
  }, 90_000);

  it('refuses to continue when an applied migration was edited afterwards', async () => {
    await applyMigrations(pool, migrationsDir());
    await pool.query("UPDATE _prisma_migrations SET checksum = repeat('0', 64)");
    await expect(applyMigrations(pool, migrationsDir())).rejects.toThrow(/changed after it was applied/);
  });

  it('rolls a failing migration back whole, records the failure, and refuses further runs until resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egcc-migrations-'));
    try {
      cpSync(migrationsDir(), dir, { recursive: true });
      const broken = join(dir, '99990101000000_broken_on_purpose');
      mkdirSync(broken);
      writeFileSync(
        join(broken, 'migration.sql'),
        'CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN "x" int;\n',
      );
      await expect(applyMigrations(pool, dir)).rejects.toThrow(/99990101000000_broken_on_purpose failed/);

      const { rows } = await pool.query(
        "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '99990101000000_broken_on_purpose'",
      );
      expect(rows).toEqual([{ finished_at: null, logs: expect.stringContaining('no_such_table') }]);
      const halfDone = await pool.query("SELECT to_regclass('half_done') AS table");
      expect(halfDone.rows[0].table).toBeNull();
      // The migrations before it stay applied.
      expect(await pendingMigrations(pool, dir)).toEqual(['99990101000000_broken_on_purpose']);
      await expect(applyMigrations(pool, dir)).rejects.toThrow(/failed earlier and must be resolved/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies migrations once when several instances start together', async () => {
    const results = await Promise.all([
      applyMigrations(pool, migrationsDir()),
      applyMigrations(pool, migrationsDir()),
      applyMigrations(pool, migrationsDir()),
    ]);
    expect(results.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(rows[0].n).toBe(migrations.length);
  });

  it('makes the audit log append-only', async () => {
    await applyMigrations(pool, migrationsDir());
    await pool.query("INSERT INTO audit_event (action, details) VALUES ('test.recorded', '{}')");
    await expect(pool.query("UPDATE audit_event SET action = 'test.forged'")).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    const { rows } = await pool.query('SELECT action FROM audit_event');
    expect(rows).toEqual([{ action: 'test.recorded' }]);
  });
});
