import {
  NotificationPage,
  PostView,
  ProblemDetails,
  ThreadDetail,
  ThreadPage,
  ThreadWithPosts,
  UnreadSummary,
} from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('discussions', () => {
  let t: TestApp;
  let kadri: Browser;
  let jonas: Browser;
  let chair: Browser;
  let observer: Browser;
  let kadriId: string;
  let jonasId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    const k = await createMember(t.prisma, {
      name: 'Kadri Tamm',
      email: 'kadri.tamm@sm.ee',
      delegation: 'ee',
    });
    const j = await createMember(t.prisma, {
      name: 'Jonas Becker',
      email: 'jonas.becker@bmbfsfj.de',
      delegation: 'de',
    });
    kadriId = k.id;
    jonasId = j.id;
    kadri = await browser(t.app).signIn(k.email);
    jonas = await browser(t.app).signIn(j.email);
    chair = await browser(t.app).signIn(
      (await createMember(t.prisma, { roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' })).email,
    );
    observer = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['OBSERVER'] })).email);
  });

  const open = async (client: Browser, overrides: Record<string, unknown> = {}) => {
    const response = await client.post('/api/v1/threads', {
      title: 'Gaps in foster care capacity',
      body: 'Our **counties** lack foster families. @jonas.becker, how do you recruit?',
      focusAreas: ['ALTERNATIVE_CARE'],
      gapKinds: ['CAPACITY'],
      delegations: ['ee'],
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    return ThreadDetail.parse(response.json());
  };
  const reply = async (
    client: Browser,
    threadId: string,
    body: string,
    headers: Record<string, string> = {},
  ) => client.request('POST', `/api/v1/threads/${threadId}/posts`, { body }, headers);

  it('opens a thread with tags and a first post rendered from Markdown, and mentions notify', async () => {
    const thread = await open(kadri);
    expect(thread).toMatchObject({
      title: 'Gaps in foster care capacity',
      focusAreas: ['ALTERNATIVE_CARE'],
      gapKinds: ['CAPACITY'],
      delegations: ['ee'],
      replyCount: 0,
      lastPostNumber: 1,
      unreadCount: 0,
      subscription: 'FOLLOWING',
      author: { name: 'Kadri Tamm', handle: 'kadri.tamm', delegation: { code: 'ee' } },
    });
    const page = ThreadWithPosts.parse((await jonas.get(`/api/v1/threads/${thread.id}`)).json());
    expect(page.posts[0]?.html).toContain('<strong>counties</strong>');
    expect(page.posts[0]?.html).toContain(
      '<span class="mention" data-handle="jonas.becker">@jonas.becker</span>',
    );
    const notifications = NotificationPage.parse((await jonas.get('/api/v1/notifications')).json());
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.items[0]).toMatchObject({
      kind: 'MENTION',
      actor: { name: 'Kadri Tamm' },
      link: `/discussions/${thread.id}?post=1`,
    });
    // Mentions reach Jonas by e-mail at once, by default.
    expect(
      await t.prisma.outboxMessage.count({
        where: { toAddress: 'jonas.becker@bmbfsfj.de', template: 'notification:mention' },
      }),
    ).toBe(1);
  });

  it('keeps read state per member: unread counts, the first unread post, and never going backwards', async () => {
    const thread = await open(kadri, { body: 'Opening post.' });
    for (const n of [1, 2, 3]) expect((await reply(jonas, thread.id, `Reply ${n}`)).statusCode).toBe(201);
    let list = ThreadPage.parse((await kadri.get('/api/v1/threads')).json());
    expect(list.items[0]).toMatchObject({
      id: thread.id,
      replyCount: 3,
      unreadCount: 3,
      lastPoster: { name: 'Jonas Becker' },
    });
    let detail = ThreadWithPosts.parse((await kadri.get(`/api/v1/threads/${thread.id}`)).json()).thread;
    expect(detail).toMatchObject({ lastReadPostNumber: 1, firstUnreadPostNumber: 2, lastPostNumber: 4 });

    detail = ThreadDetail.parse(
      (await kadri.put(`/api/v1/threads/${thread.id}/read`, { lastReadPostNumber: 3 })).json(),
    );
    expect(detail).toMatchObject({ lastReadPostNumber: 3, firstUnreadPostNumber: 4, unreadCount: 1 });
    detail = ThreadDetail.parse(
      (await kadri.put(`/api/v1/threads/${thread.id}/read`, { lastReadPostNumber: 2 })).json(),
    );
    expect(detail.lastReadPostNumber).toBe(3);
    detail = ThreadDetail.parse(
      (await kadri.put(`/api/v1/threads/${thread.id}/read`, { lastReadPostNumber: 99 })).json(),
    );
    expect(detail).toMatchObject({ lastReadPostNumber: 4, unreadCount: 0, firstUnreadPostNumber: 4 });

    // The observer has not opened it: everything is unread, and they land on the first post.
    const observerView = ThreadWithPosts.parse(
      (await observer.get(`/api/v1/threads/${thread.id}`)).json(),
    ).thread;
    expect(observerView).toMatchObject({ seen: false, unreadCount: 4, firstUnreadPostNumber: 1 });
    list = ThreadPage.parse((await observer.get('/api/v1/threads?unread=true')).json());
    expect(list.items.map((i) => i.id)).toEqual([thread.id]);
    expect(UnreadSummary.parse((await observer.post('/api/v1/threads/read-all')).json())).toMatchObject({
      unreadThreads: 0,
    });
    list = ThreadPage.parse((await observer.get('/api/v1/threads?unread=true')).json());
    expect(list.items).toEqual([]);
  });

  it('tells followers about replies (not muted ones), and the navigation about followed threads with news', async () => {
    const thread = await open(kadri, { body: 'Opening post.' });
    await reply(jonas, thread.id, 'I follow now, having replied.');
    expect(UnreadSummary.parse((await kadri.get('/api/v1/threads/unread')).json())).toEqual({
      unreadThreads: 1,
      unreadNotifications: 1,
    });
    const kadriNotes = NotificationPage.parse((await kadri.get('/api/v1/notifications')).json());
    expect(kadriNotes.items[0]).toMatchObject({
      kind: 'THREAD_REPLY',
      title: 'Jonas Becker replied in “Gaps in foster care capacity”',
    });

    await kadri.put(`/api/v1/threads/${thread.id}/subscription`, { level: 'MUTED' });
    await reply(jonas, thread.id, 'A second reply, to a muted thread.');
    expect(NotificationPage.parse((await kadri.get('/api/v1/notifications')).json()).items).toHaveLength(1);

    // Reading the thread reads its notifications.
    await kadri.put(`/api/v1/threads/${thread.id}/read`, { lastReadPostNumber: 3 });
    expect(NotificationPage.parse((await kadri.get('/api/v1/notifications')).json()).unreadCount).toBe(0);
  });

  it('notifies followers of a tag about new threads with it', async () => {
    await jonas.post('/api/v1/tag-subscriptions', { focusArea: 'ALTERNATIVE_CARE' });
    await open(kadri, { body: 'No mention here.' });
    const notes = NotificationPage.parse((await jonas.get('/api/v1/notifications')).json());
    expect(notes.items.map((n) => n.kind)).toEqual(['TAG_NEW_THREAD']);
  });

  it('lets observers read everything and write nothing', async () => {
    const thread = await open(kadri);
    expect((await observer.get(`/api/v1/threads/${thread.id}`)).statusCode).toBe(200);
    const refused = await reply(observer, thread.id, 'An observer tries to post.');
    expect(refused.statusCode).toBe(403);
    expect((await observer.post('/api/v1/threads', { title: 'Observer thread', body: 'x' })).statusCode).toBe(
      403,
    );
    expect(await t.prisma.post.count({ where: { threadId: thread.id } })).toBe(1);
  });

  it('refuses replies to a locked thread with 409, until it is unlocked', async () => {
    const thread = await open(kadri);
    expect((await jonas.post(`/api/v1/threads/${thread.id}/lock`)).statusCode).toBe(403);
    expect(ThreadDetail.parse((await chair.post(`/api/v1/threads/${thread.id}/lock`)).json()).locked).toBe(
      true,
    );
    const refused = await reply(jonas, thread.id, 'Too late?');
    expect(refused.statusCode).toBe(409);
    expect(ProblemDetails.parse(refused.json()).detail).toMatch(/locked/);
    await chair.post(`/api/v1/threads/${thread.id}/unlock`);
    expect((await reply(jonas, thread.id, 'Now it works.')).statusCode).toBe(201);
  });

  it('pins threads above the list and lets moderators move tags, but not authors', async () => {
    const first = await open(kadri, { title: 'The first thread of all' });
    await open(jonas, { title: 'A newer thread entirely', body: 'Newer.' });
    await chair.post(`/api/v1/threads/${first.id}/pin`);
    const list = ThreadPage.parse((await observer.get('/api/v1/threads')).json());
    expect(list.pinned.map((p) => p.title)).toEqual(['The first thread of all']);
    expect(list.items.map((p) => p.title)).toEqual(['A newer thread entirely']);

    expect(
      (await kadri.patch(`/api/v1/threads/${first.id}`, { focusAreas: ['CHILD_RIGHTS'] })).statusCode,
    ).toBe(403);
    const retitled = await kadri.patch(`/api/v1/threads/${first.id}`, { title: 'A better first title' });
    expect(retitled.body).toContain('A better first title');
    expect(ThreadDetail.parse(retitled.json()).title).toBe('A better first title');
    const moved = ThreadDetail.parse(
      (await chair.patch(`/api/v1/threads/${first.id}`, { focusAreas: ['CHILD_RIGHTS'] })).json(),
    );
    expect(moved.focusAreas).toEqual(['CHILD_RIGHTS']);
    expect(
      (await chair.patch(`/api/v1/threads/${first.id}`, { focusAreas: ['NOT_A_FOCUS_AREA'] })).statusCode,
    ).toBe(400);
  });

  it('keeps every version of an edited post, and a placeholder for a removed one', async () => {
    const thread = await open(kadri, { body: 'First version.' });
    const post = PostView.parse((await reply(jonas, thread.id, 'Reply, first version.')).json());
    expect((await kadri.patch(`/api/v1/posts/${post.id}`, { body: 'Kadri edits Jonas?' })).statusCode).toBe(
      403,
    );
    const edited = PostView.parse(
      (
        await jonas.patch(`/api/v1/posts/${post.id}`, { body: 'Reply, second version, thanks @kadri.tamm.' })
      ).json(),
    );
    expect(edited).toMatchObject({ editCount: 1, body: 'Reply, second version, thanks @kadri.tamm.' });
    const revisions = (await kadri.get(`/api/v1/posts/${post.id}/revisions`)).json();
    expect(revisions.map((r: { body: string }) => r.body)).toEqual(['Reply, first version.']);
    // Newly mentioned by the edit: told once.
    expect(
      NotificationPage.parse((await kadri.get('/api/v1/notifications')).json()).items.filter(
        (n) => n.kind === 'MENTION',
      ),
    ).toHaveLength(1);

    const removed = PostView.parse((await jonas.delete(`/api/v1/posts/${post.id}`)).json());
    expect(removed).toMatchObject({ state: 'REMOVED', html: '', body: '' });
    const page = ThreadWithPosts.parse((await observer.get(`/api/v1/threads/${thread.id}`)).json());
    expect(page.posts.map((p) => p.state)).toEqual(['VISIBLE', 'REMOVED']);
    expect(page.thread.replyCount).toBe(0);
    expect((await t.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe(
      'Reply, second version, thanks @kadri.tamm.',
    );
  });

  it('lets moderators hide a post with a reason, audited, and tells the author', async () => {
    const thread = await open(kadri, { body: 'Opening.' });
    const post = PostView.parse((await reply(jonas, thread.id, 'Names a child by mistake.')).json());
    expect((await kadri.post(`/api/v1/posts/${post.id}/hide`, { reason: 'Names a child.' })).statusCode).toBe(
      403,
    );
    const hidden = PostView.parse(
      (await chair.post(`/api/v1/posts/${post.id}/hide`, { reason: 'Names a child.' })).json(),
    );
    expect(hidden).toMatchObject({ state: 'HIDDEN', hiddenReason: 'Names a child.', html: '' });
    const note = NotificationPage.parse((await jonas.get('/api/v1/notifications')).json()).items[0];
    expect(note).toMatchObject({ kind: 'POST_MODERATED', excerpt: 'Reason: Names a child.' });
    expect(await t.prisma.auditEvent.count({ where: { action: 'post.hidden', targetId: post.id } })).toBe(1);
    expect((await kadri.get(`/api/v1/posts/${post.id}/revisions`)).statusCode).toBe(404);
    expect(PostView.parse((await chair.post(`/api/v1/posts/${post.id}/unhide`)).json()).state).toBe(
      'VISIBLE',
    );
  });

  it('creates nothing twice when a request is retried with the same Idempotency-Key', async () => {
    const key = { 'idempotency-key': 'create-thread-7f3a9c' };
    const body = { title: 'Retried thread title', body: 'Sent twice over a flaky line.' };
    const first = await kadri.request('POST', '/api/v1/threads', body, key);
    const second = await kadri.request('POST', '/api/v1/threads', body, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await t.prisma.thread.count()).toBe(1);

    const replyKey = { 'idempotency-key': 'reply-5b21e0d4' };
    const [a, b] = await Promise.all([
      reply(jonas, first.json().id, 'Concurrent retry.', replyKey),
      reply(jonas, first.json().id, 'Concurrent retry.', replyKey),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await t.prisma.post.count({ where: { threadId: first.json().id } })).toBe(2);

    const misuse = await kadri.request(
      'POST',
      '/api/v1/threads',
      { ...body, title: 'Something else entirely' },
      key,
    );
    expect(misuse.statusCode).toBe(409);
    expect(
      (await kadri.request('POST', '/api/v1/threads', body, { 'idempotency-key': 'bad key!' })).statusCode,
    ).toBe(400);
  });

  it('pages the list by last activity with a cursor, and filters it', async () => {
    for (let n = 1; n <= 5; n++)
      await open(n % 2 ? kadri : jonas, {
        title: `Thread number ${n}`,
        body: 'x',
        focusAreas: n % 2 ? ['SEXUAL_ABUSE'] : [],
      });
    const first = ThreadPage.parse((await observer.get('/api/v1/threads?limit=2')).json());
    expect(first.items.map((i) => i.title)).toEqual(['Thread number 5', 'Thread number 4']);
    const second = ThreadPage.parse(
      (await observer.get(`/api/v1/threads?limit=2&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.items.map((i) => i.title)).toEqual(['Thread number 3', 'Thread number 2']);
    expect(
      ThreadPage.parse((await observer.get('/api/v1/threads?focusArea=SEXUAL_ABUSE')).json()).items,
    ).toHaveLength(3);
    expect(
      ThreadPage.parse((await observer.get(`/api/v1/threads?author=${jonasId}`)).json()).items,
    ).toHaveLength(2);
    expect(ThreadPage.parse((await kadri.get('/api/v1/threads?mine=true')).json()).items).toHaveLength(3);
    expect(kadriId).toBeDefined();
  });

  it('counts a thread as mine once I reply, even one I had muted, and keeps it muted', async () => {
    const thread = await open(kadri, { title: 'Muted, then answered' });
    await jonas.put(`/api/v1/threads/${thread.id}/subscription`, { level: 'MUTED' });
    const mine = async () =>
      ThreadPage.parse((await jonas.get('/api/v1/threads?mine=true')).json()).items.map((i) => i.title);
    expect(await mine()).toEqual([]);
    expect((await reply(jonas, thread.id, 'One answer all the same.')).statusCode).toBe(201);
    expect(await mine()).toEqual(['Muted, then answered']);
    expect(
      ThreadDetail.parse((await jonas.get(`/api/v1/threads/${thread.id}`)).json().thread).subscription,
    ).toBe('MUTED');
  });

  it('shows members under their current names, however the name was changed', async () => {
    const thread = await open(kadri);
    await reply(jonas, thread.id, 'We recruit through the municipalities.');
    const names = async () => {
      const list = ThreadPage.parse((await chair.get('/api/v1/threads')).json()).items[0];
      const page = ThreadWithPosts.parse((await chair.get(`/api/v1/threads/${thread.id}`)).json());
      return {
        author: list?.author?.name,
        lastPoster: list?.lastPoster?.name,
        lastPosterDelegation: list?.lastPoster?.delegation?.name,
        posts: page.posts.map((post) => post.author?.name),
      };
    };
    expect(await names()).toEqual({
      author: 'Kadri Tamm',
      lastPoster: 'Jonas Becker',
      lastPosterDelegation: 'Germany',
      posts: ['Kadri Tamm', 'Jonas Becker'],
    });

    // Straight in the database, as a script or another process would: every process hears of it.
    await t.prisma.user.update({ where: { id: kadriId }, data: { name: 'Kadri Tamm-Saar' } });
    await t.prisma.delegation.update({
      where: { code: 'de' },
      data: { name: 'Federal Republic of Germany' },
    });
    try {
      const deadline = Date.now() + 3_000;
      let seen = await names();
      while (
        seen.author !== 'Kadri Tamm-Saar' ||
        seen.lastPosterDelegation !== 'Federal Republic of Germany'
      ) {
        if (Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await names();
      }
      expect(seen).toEqual({
        author: 'Kadri Tamm-Saar',
        lastPoster: 'Jonas Becker',
        lastPosterDelegation: 'Federal Republic of Germany',
        posts: ['Kadri Tamm-Saar', 'Jonas Becker'],
      });
    } finally {
      await t.prisma.delegation.update({ where: { code: 'de' }, data: { name: 'Germany' } });
    }
  });
});
