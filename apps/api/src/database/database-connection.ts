import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { AppConfig } from '../config/config.schema';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/**
 * The one connection pool of this process, to a PostgreSQL server (DATABASE_URL) or to the
 * embedded database. Prisma and the few hand-written queries on hot paths share it.
 */
export class DatabaseConnection {
  private static readonly logger = new Logger('Database');

  private constructor(
    readonly pool: Pool,
    readonly url: string,
    private readonly embedded: EmbeddedPostgres | undefined,
  ) {}

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  static async open(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATA_DIR'>) {
    let embedded: EmbeddedPostgres | undefined;
    let url = config.DATABASE_URL;
    if (!url) {
      const dataDir = join(config.DATA_DIR, 'pglite');
      embedded = await startEmbeddedPostgres(dataDir);
      url = embedded.url;
      DatabaseConnection.logger.log(`Embedded database (PGlite) in ${dataDir}`);
    }
    const pool = new Pool({
      connectionString: url,
      // PGlite has a single backend: a second connection would only queue behind the first.
      max: embedded ? 1 : config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'egcc-api',
    });
    // Ours, or another PGlite behind DATABASE_URL (the tests share one between two apps).
    if (embedded || (await servedByPglite(pool))) forgoNamedStatements(pool);
    // An idle client that loses its server must not crash the process; the pool replaces it.
    pool.on('error', (error) =>
      DatabaseConnection.logger.warn(`Idle database client error: ${error.message}`),
    );
    return new DatabaseConnection(pool, url, embedded);
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.embedded?.stop();
  }
}

async function servedByPglite(pool: Pool): Promise<boolean> {
  try {
    const { rows } = await pool.query<{ version: string }>('SELECT version()');
    return /PGlite/.test(rows[0]?.version ?? '');
  } catch {
    // Not reachable yet: a PostgreSQL server, since PGlite is only ever local and started first.
    return false;
  }
}

/**
 * PGlite has one backend behind all its connections, so statements prepared by name outlive
 * the connection that made them and collide with the next one's ("prepared statement already
 * exists"). On the embedded database the hot paths' named statements run unnamed.
 */
function forgoNamedStatements(pool: Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((first: unknown, ...rest: unknown[]) =>
    typeof first === 'object' && first !== null && 'name' in first
      ? query({ ...first, name: undefined }, ...rest)
      : query(first, ...rest)) as Pool['query'];
}
