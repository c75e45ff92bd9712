import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

const MAX_CONNECTIONS = 16;

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
 * client as to a real server. PGlite has a single backend and an open transaction holds every
 * other connection's queries, so the app uses a pool of one against it.
 *
 * @param dataDir where to persist the database; omit for a throwaway in-memory one.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: { loadDataDir?: Blob } = {},
): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // unaccent: full-text search folds diacritics away (see the full_text_search migration).
  const db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions: { unaccent } });
  // PGlite runs one query at a time whatever the number of connections; allowing several
  // lets a pool replace a connection it dropped (pg drops one after a failed query) before
  // the server has noticed the old one closing, and lets `prisma migrate status` look in.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: MAX_CONNECTIONS });
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
