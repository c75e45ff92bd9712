import { ThreadDetail } from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { EventStream } from './support/sse';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Two API processes on one database (each its own Nest app, pool and LISTEN connection):
 * a reply made through one reaches a reader connected to the other.
 */
describe('live events across API processes', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  let secondUrl: string;
  let writer: Browser;
  let reader: Browser;
  let threadId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const shared = { url: database.url, drop: async () => undefined };
    first = await createTestApp({ database: shared });
    second = await createTestApp({ database: shared });
    await second.app.listen(0, '127.0.0.1');
    secondUrl = await second.app.getUrl();
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await database.drop();
  });
  beforeEach(async () => {
    await first.resetData();
    const kadri = await createMember(first.prisma, {
      name: 'Kadri Tamm',
      email: 'kadri.tamm@sm.ee',
      delegation: 'ee',
    });
    const jonas = await createMember(first.prisma, {
      name: 'Jonas Becker',
      email: 'jonas.becker@bmbfsfj.de',
      delegation: 'de',
    });
    writer = await browser(first.app).signIn(kadri.email);
    reader = await browser(second.app).signIn(jonas.email);
    const thread = await writer.post('/api/v1/threads', {
      title: 'Live thread for the test',
      body: 'Opening post.',
    });
    threadId = ThreadDetail.parse(thread.json()).id;
  });

  const openStream = (query: string, headers: Record<string, string> = {}) =>
    EventStream.open(`${secondUrl}/api/v1/events${query}`, { cookie: reader.cookie!, ...headers });

  it('delivers a new post to a reader of the thread on another process, and the badge to the mentioned', async () => {
    const stream = await openStream(`?thread=${threadId}`);
    try {
      expect(stream.status).toBe(200);
      const reply = await writer.post(`/api/v1/threads/${threadId}/posts`, {
        body: 'Thanks @jonas.becker, see the report.',
      });
      expect(reply.statusCode).toBe(201);
      const post = await stream.waitFor((e) => e.event === 'post.created');
      expect(post.data).toMatchObject({
        type: 'post.created',
        threadId,
        postNumber: 2,
        postId: reply.json().id,
      });
      const badge = await stream.waitFor((e) => e.event === 'notification.created');
      expect(badge.data).toMatchObject({ unreadCount: 1 });
    } finally {
      stream.close();
    }
  });

  it('resumes from Last-Event-ID without losing what happened while disconnected', async () => {
    const stream = await openStream(`?thread=${threadId}`);
    await writer.post(`/api/v1/threads/${threadId}/posts`, { body: 'Second post.' });
    const seen = await stream.waitFor((e) => e.event === 'post.created');
    stream.close();

    await writer.post(`/api/v1/threads/${threadId}/posts`, {
      body: 'Third post, while the reader was away.',
    });
    await writer.post(`/api/v1/threads/${threadId}/posts`, {
      body: 'Fourth post, while the reader was away.',
    });

    const resumed = await openStream(`?thread=${threadId}`, { 'last-event-id': seen.id! });
    try {
      await resumed.waitFor((e) => (e.data as { postNumber?: number }).postNumber === 4);
      const numbers = resumed.events
        .filter((e) => e.event === 'post.created')
        .map((e) => (e.data as { postNumber: number }).postNumber);
      expect(numbers).toEqual([3, 4]);
    } finally {
      resumed.close();
    }
  });

  it('does not send a thread’s events to someone who did not open it', async () => {
    const stream = await openStream('');
    try {
      await writer.post(`/api/v1/threads/${threadId}/posts`, { body: 'Nobody mentioned.' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(stream.events.filter((e) => e.event === 'post.created')).toEqual([]);
    } finally {
      stream.close();
    }
  });
});
