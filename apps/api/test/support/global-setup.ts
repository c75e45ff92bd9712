import { PrismaPg } from '@prisma/adapter-pg';
import rootPackage from '../../../../package.json';
import { writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool, escapeIdentifier } from 'pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { applyMigrations } from '../../src/database/migrator';
import { migrationsDir } from '../../src/database/paths';
import { seedReferenceData } from '../../src/database/seed/seed';
import { serverUrl, TEMPLATE_ENV, templateName, withClient, withDatabase } from './test-database';

async function migrateAndSeed(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await applyMigrations(pool, migrationsDir());
    await seedReferenceData(new PrismaClient({ adapter: new PrismaPg(pool) }));
  } finally {
    await pool.end();
  }
}

/** Builds the migrated, seeded template that every test file's database is cloned from. */
export default async function globalSetup(): Promise<void> {
  const template = templateName();
  const server = serverUrl();
  if (server) {
    const exists = await withClient(server, async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      return (rowCount ?? 0) > 0;
    });
    if (!exists) {
      const building = `${template}_building_${process.pid}`;
      await withClient(server, (client) => client.query(`CREATE DATABASE ${escapeIdentifier(building)}`));
      await migrateAndSeed(withDatabase(server, building));
      await withClient(server, async (client) => {
        // Templates of earlier migration sets are of no further use.
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE 'egcc\\_test\\_tpl\\_%' AND datname <> $1",
          [building],
        );
        for (const { datname } of rows) {
          await client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(datname)} WITH (FORCE)`);
        }
        await client.query(
          `ALTER DATABASE ${escapeIdentifier(building)} RENAME TO ${escapeIdentifier(template)}`,
        );
      });
    }
    process.env[TEMPLATE_ENV.database] = template;
    return;
  }
  // Embedded mode: dumps of an empty and of a migrated PGlite data directory, which load in
  // about half the time a new PGlite takes to initialise.
  const emptyDump = join(
    tmpdir(),
    `egcc_test_empty_pglite_${rootPackage.dependencies['@electric-sql/pglite']}.tar`,
  );
  const dump = join(tmpdir(), `${template}.tar`);
  if (!existsSync(emptyDump) || !existsSync(dump)) {
    const embedded = await startEmbeddedPostgres();
    try {
      writeFileSync(emptyDump, Buffer.from(await (await embedded.db.dumpDataDir('none')).arrayBuffer()));
      await migrateAndSeed(embedded.url);
      writeFileSync(dump, Buffer.from(await (await embedded.db.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await embedded.stop();
    }
  }
  process.env[TEMPLATE_ENV.dump] = dump;
  process.env[TEMPLATE_ENV.emptyDump] = emptyDump;
}
