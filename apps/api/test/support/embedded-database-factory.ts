import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * Serves fresh embedded databases to the Jest workers, which cannot run PGlite themselves
 * (it loads Node built-ins with import(), which Jest's module sandbox refuses). Runs in the
 * global setup's process: POST / makes a database from the migrated dump and answers its
 * URL (POST /?empty: an empty one); DELETE /<id> stops it.
 */
export async function startEmbeddedDatabaseFactory(dumpPath: string): Promise<{ url: string; stop(): Promise<void> }> {
  const dump = readFileSync(dumpPath);
  const databases = new Map<string, EmbeddedPostgres>();
  const server: Server = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    void (async () => {
      try {
        if (request.method === 'POST') {
          const empty = new URL(request.url ?? '/', 'http://factory').searchParams.has('empty');
          const database = await startEmbeddedPostgres(undefined, empty ? {} : { loadDataDir: new Blob([dump]) });
          const id = randomBytes(6).toString('hex');
          databases.set(id, database);
          reply(201, { id, url: database.url });
        } else if (request.method === 'DELETE') {
          const id = request.url?.slice(1) ?? '';
          await databases.get(id)?.stop();
          databases.delete(id);
          reply(200, { stopped: id });
        } else {
          reply(404, {});
        }
      } catch (error) {
        reply(500, { error: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async stop() {
      await Promise.all([...databases.values()].map((database) => database.stop()));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
