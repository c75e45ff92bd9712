import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../../src/app/create-app';
import { type AppConfig, parseConfig } from '../../src/config/config.schema';
import { DatabaseConnection } from '../../src/database/database-connection';
import { PrismaService } from '../../src/database/prisma.service';
import { seedReferenceData } from '../../src/database/seed/seed';
import { createTestDatabase, serverUrl, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  prisma: PrismaService;
  config: AppConfig;
  database: TestDatabase;
  /** Empties every table but the reference data, so each test starts from the same state. */
  resetData(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Extra modules for probing the HTTP pipeline (test-only routes). */
  imports?: (Type | DynamicModule)[];
  database?: TestDatabase;
}

/** Tables seeded with reference data, which every test keeps. */
const REFERENCE_TABLES = new Set([
  '_prisma_migrations',
  'delegation',
  'delegation_status_change',
  'ministry',
  'focus_area',
  'measure_kind',
  'gap_kind',
  'uncrc_article',
]);

/** The whole application on a database of its own, as main.ts builds it. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  // Uploaded files go to a directory of this app's own, removed when it closes.
  const attachmentsDir = join(
    tmpdir(),
    `egcc-test-attachments-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  );
  const config = parseConfig({
    ATTACHMENTS_DIR: attachmentsDir,
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DEMO_DATA: 'never',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    // Background loops stay off: the tests run them when they want to.
    MAIL_WORKER: 'false',
    SCHEDULED_JOBS: 'false',
    // An embedded database has one backend: a second connection would be refused.
    // Nor can it notify across its wire protocol: live events are polled there.
    ...(serverUrl() ? {} : { DATABASE_POOL_SIZE: '1', LIVE_EVENTS: 'poll' }),
    ...options.env,
  });
  const app = await createApp(config, {
    logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }),
    imports: options.imports,
  });
  await app.getHttpAdapter().getInstance().ready();
  const prisma = app.get(PrismaService);
  const pool = app.get(DatabaseConnection).pool;
  const { rows } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
  );
  const dataTables = rows.map((row) => row.tablename).filter((name) => !REFERENCE_TABLES.has(name));
  return {
    app,
    prisma,
    config,
    database,
    async resetData() {
      if (dataTables.length === 0) return;
      // The audit log refuses DELETE row by row; TRUNCATE is the owner's reset. Sequences go on
      // counting (ids are never reused, as in production: live events are told apart by id). CASCADE also
      // empties reference rows that point at members (status changes); the seed restores them.
      await pool.query(`TRUNCATE ${dataTables.map((name) => `"${name}"`).join(', ')} CASCADE`);
      await seedReferenceData(prisma);
    },
    async close() {
      await app.close();
      await database.drop();
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}
