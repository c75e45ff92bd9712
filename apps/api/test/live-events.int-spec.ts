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

  describe('sessions and roles, on every process at once', () => {
    /** The reader's browser as the first process sees it: same cookie, other process. */
    const onFirst = () => {
      const elsewhere = browser(first.app);
      elsewhere.cookie = reader.cookie;
      elsewhere.csrfToken = reader.csrfToken;
      return elsewhere;
    };

    it('ends a session everywhere once it is signed out on one process', async () => {
      expect((await onFirst().get('/api/v1/threads')).statusCode).toBe(200);
      expect((await reader.get('/api/v1/threads')).statusCode).toBe(200);
      expect((await onFirst().post('/api/v1/auth/sign-out')).statusCode).toBe(204);
      expect((await reader.get('/api/v1/threads')).statusCode).toBe(401);
      expect((await onFirst().get('/api/v1/threads')).statusCode).toBe(401);
    });

    it('applies a role change or a deactivation, made in the database by anyone, at once', async () => {
      const member = await first.prisma.user.findUniqueOrThrow({
        where: { email: 'jonas.becker@bmbfsfj.de' },
      });
      const post = (body: string) => reader.post(`/api/v1/threads/${threadId}/posts`, { body });
      expect((await post('As a delegate.')).statusCode).toBe(201);
      await first.prisma.user.update({ where: { id: member.id }, data: { roles: ['OBSERVER'] } });
      expect((await post('As an observer.')).statusCode).toBe(403);
      await first.prisma.user.update({ where: { id: member.id }, data: { status: 'DEACTIVATED' } });
      expect((await reader.get('/api/v1/threads')).statusCode).toBe(401);
    });
  });
});
