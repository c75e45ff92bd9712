import { createHash, randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { readMigrations } from '../../src/database/migrator';
import { migrationsDir } from '../../src/database/paths';

/** Set by the global setup for the test workers. */
export const TEMPLATE_ENV = {
  /** Name of the migrated template database on the TEST_DATABASE_URL server. */
  database: 'EGCC_TEST_TEMPLATE_DATABASE',
  /** Address of the embedded database factory (embedded mode). */
  factory: 'EGCC_TEST_DATABASE_FACTORY',
} as const;

export function serverUrl(): string | undefined {
  return process.env['TEST_DATABASE_URL'] || undefined;
}

/** A name that changes whenever a migration does, so templates never go stale. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const migration of readMigrations(migrationsDir())) hash.update(migration.name).update(migration.checksum);
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
    if (!template) throw new Error('The integration tests must run through jest.int.config.cjs (global setup).');
    const name = `egcc_test_${randomBytes(6).toString('hex')}`;
    await withClient(server, (client) =>
      client.query(`CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE ${escapeIdentifier(template)}`),
    );
    return {
      url: withDatabase(server, name),
      drop: () => withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
    };
  }
  return fromFactory('');
}

async function fromFactory(query: string): Promise<TestDatabase> {
  const factory = process.env[TEMPLATE_ENV.factory];
  if (!factory) throw new Error('The integration tests must run through jest.int.config.cjs (global setup).');
  const response = await fetch(`${factory}/${query}`, { method: 'POST' });
  if (!response.ok) throw new Error(`The embedded database factory failed: ${await response.text()}`);
  const { id, url } = (await response.json()) as { id: string; url: string };
  return {
    url,
    drop: async () => {
      await fetch(`${factory}/${id}`, { method: 'DELETE' });
    },
  };
}

/** An empty database, for tests of migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const server = serverUrl();
  if (server) {
    const name = `egcc_test_${randomBytes(6).toString('hex')}`;
    await withClient(server, (client) => client.query(`CREATE DATABASE ${escapeIdentifier(name)}`));
    return {
      url: withDatabase(server, name),
      drop: () => withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
    };
  }
  return fromFactory('?empty');
}
