import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool, PoolClient } from 'pg';

/** The lock `prisma migrate deploy` takes, so our runs and the CLI's exclude each other. */
const PRISMA_MIGRATE_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of the raw bytes of migration.sql, as Prisma computes it. */
  checksum: string;
}

export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Reads prisma/migrations in name order, as Prisma does. */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`Migrations directory not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

async function appliedMigrations(client: Pool | PoolClient): Promise<AppliedMigration[]> {
  const { rows } = await client.query<AppliedMigration>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows;
}

async function migrationsTableExists(client: Pool | PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  return rows[0]?.exists ?? false;
}

/** Names of migrations on disk that the database has not finished applying. */
export async function pendingMigrations(pool: Pool, dir: string): Promise<string[]> {
  const files = readMigrations(dir);
  if (!(await migrationsTableExists(pool))) return files.map((file) => file.name);
  const done = new Set(
    (await appliedMigrations(pool))
      .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
      .map((row) => row.migration_name),
  );
  return files.filter((file) => !done.has(file.name)).map((file) => file.name);
}

/**
 * Applies pending migrations the way `prisma migrate deploy` does, without its native
 * engine: each migration runs in one transaction together with its `_prisma_migrations` row,
 * in name order. A migration that fails leaves a row with `finished_at` null and the error in
 * `logs`, and later runs refuse to continue until it is resolved (as Prisma's P3009).
 *
 * @returns the names of the migrations applied now.
 */
export async function applyMigrations(pool: Pool, dir: string): Promise<string[]> {
  const files = readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_ADVISORY_LOCK]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const applied = await appliedMigrations(client);
      const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
      if (failed) {
        throw new MigrationError(
          `Migration ${failed.migration_name} failed earlier and must be resolved before others are applied ` +
            `(prisma migrate resolve). Its log:\n${failed.logs ?? '(none)'}`,
        );
      }
      const finished = new Map(
        applied
          .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
          .map((row) => [row.migration_name, row]),
      );
      for (const file of files) {
        const row = finished.get(file.name);
        if (row && row.checksum !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was changed after it was applied (checksum mismatch). ` +
              'Write a new migration instead of editing an applied one.',
          );
        }
      }
      const known = new Set(files.map((file) => file.name));
      const unknown = [...finished.keys()].filter((name) => !known.has(name));
      if (unknown.length > 0) {
        throw new MigrationError(
          `The database has migrations that are not in ${dir}: ${unknown.join(', ')}. ` +
            'Is this build older than the database?',
        );
      }

      const appliedNow: string[] = [];
      for (const file of files.filter((f) => !finished.has(f.name))) {
        const id = randomUUID();
        const startedAt = new Date();
        try {
          await client.query('BEGIN');
          // Sent whole, as one simple-protocol query: keeps $$ bodies intact.
          await client.query(file.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations"
               (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
            [id, file.checksum, file.name, startedAt],
          );
          await client.query('COMMIT');
          appliedNow.push(file.name);
        } catch (error) {
          await client.query('ROLLBACK');
          const message = error instanceof Error ? error.message : String(error);
          await client.query(
            `INSERT INTO "_prisma_migrations"
               (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, NULL, $3, $4, NULL, $5, 0)`,
            [id, file.checksum, file.name, `Migration failed: ${message}`, startedAt],
          );
          throw new MigrationError(`Migration ${file.name} failed: ${message}`);
        }
      }
      return appliedNow;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_ADVISORY_LOCK]);
    }
  } finally {
    client.release();
  }
}
