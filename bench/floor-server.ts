/**
 * The floor: node:http and pg, no framework, no session, no authorization, running the very
 * SQL the API runs for the thread list and a thread page. What the API achieves is measured
 * against this.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { PeopleCache } from '../apps/api/src/discussions/people-cache';
import { listThreads, threadWithPosts } from '../apps/api/src/discussions/thread-queries';

const pool = new Pool({
  connectionString: process.env['DATABASE_URL'],
  max: Number(process.env['POOL'] ?? 16),
});
// The same cache of names as the API (nothing changes names during a benchmark).
const people = new PeopleCache(pool);
const userId = process.env['BENCH_USER_ID'] ?? '';
const port = Number(process.env['PORT'] ?? 3901);

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const reply = (body: unknown) => {
    const json = JSON.stringify(body);
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    response.end(json);
  };
  const fail = (error: unknown) => {
    response.writeHead(500);
    response.end(String(error));
  };
  if (url.startsWith('/threads/')) {
    threadWithPosts(pool, people, userId, url.slice('/threads/'.length), 1, 20).then(reply, fail);
  } else if (url.startsWith('/threads')) {
    listThreads(pool, people, userId, { limit: 25 }, null)
      .then(({ rows, pinned }) => reply({ items: rows.slice(0, 25), pinned, nextCursor: null }))
      .catch(fail);
  } else {
    response.writeHead(404);
    response.end();
  }
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`floor listening on ${port}\n`));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
