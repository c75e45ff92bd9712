import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the in-process server on loopback. */
  url: string;
  /** The PGlite instance itself, e.g. to dump its data directory. */
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * Runs PGlite (Postgres compiled to WASM) in this process and serves it on the Postgres
 * wire protocol on 127.0.0.1, so the app talks to it through the same `pg` driver and Prisma
 * client as to a real server. PGlite has a single backend: callers must use a pool of one.
 *
 * @param dataDir where to persist the database; omit for a throwaway in-memory one.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: { loadDataDir?: Blob } = {},
): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
