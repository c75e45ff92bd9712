import { createHash, randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { readMigrations } from '../../src/database/migrator';
import { migrationsDir } from '../../src/database/paths';

/** Set by the global setup for the test workers. */
export const TEMPLATE_ENV = {
  /** Name of the migrated template database on the TEST_DATABASE_URL server. */
  database: 'EGCC_TEST_TEMPLATE_DATABASE',
  /** Path of a dumped, migrated PGlite data directory (embedded mode). */
  dump: 'EGCC_TEST_TEMPLATE_DUMP',
  /** Path of a dumped, empty PGlite data directory (embedded mode). */
  emptyDump: 'EGCC_TEST_EMPTY_DUMP',
} as const;

export function serverUrl(): string | undefined {
  return process.env['TEST_DATABASE_URL'] || undefined;
}

/** A name that changes whenever a migration does, so templates never go stale. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const migration of readMigrations(migrationsDir()))
    hash.update(migration.name).update(migration.checksum);
  return `egcc_test_tpl_${hash.digest('hex').slice(0, 16)}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, cloned from the migrated template: a new
 * database on the test server, or a new embedded PGlite loaded from the template's dump.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = serverUrl();
  if (server) {
    const template = process.env[TEMPLATE_ENV.database];
    if (!template)
      throw new Error('The integration tests must run through jest.int.config.cjs (global setup).');
    const name = `egcc_test_${randomBytes(6).toString('hex')}`;
    await withClient(server, (client) =>
      client.query(`CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE ${escapeIdentifier(template)}`),
    );
    return {
      url: withDatabase(server, name),
      drop: () =>
        withClient(server, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
        ).then(() => undefined),
    };
  }
  return embedded(false);
}

type CreateEmbedded = (options: { empty?: boolean }) => Promise<{ url: string; stop(): Promise<void> }>;

/** Embedded mode: the test environment (database-environment.cjs) runs the databases. */
async function embedded(empty: boolean): Promise<TestDatabase> {
  const create = (globalThis as { __egccCreateEmbeddedDatabase?: CreateEmbedded })
    .__egccCreateEmbeddedDatabase;
  if (!create) throw new Error('The integration tests must run through jest.int.config.cjs (global setup).');
  const database = await create({ empty });
  return { url: database.url, drop: () => database.stop() };
}

/** An empty database, for tests of migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const server = serverUrl();
  if (server) {
    const name = `egcc_test_${randomBytes(6).toString('hex')}`;
    await withClient(server, (client) => client.query(`CREATE DATABASE ${escapeIdentifier(name)}`));
    return {
      url: withDatabase(server, name),
      drop: () =>
        withClient(server, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
        ).then(() => undefined),
    };
  }
  return embedded(true);
}
