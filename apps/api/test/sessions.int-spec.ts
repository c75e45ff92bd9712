import { ProblemDetails, SessionSummary } from '@egcc/contracts';
import { z } from 'zod';
import { browser } from './support/http-client';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('sessions: expiry, revocation, and who may be signed in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('ends a session after 30 idle minutes, and after 12 hours in any case', async () => {
    const member = await createMember(t.prisma);
    const idle = await browser(t.app).signIn(member.email);
    const busy = await browser(t.app).signIn(member.email);
    const [idleSession, busySession] = await t.prisma.session.findMany({
      where: { userId: member.id },
      orderBy: { createdAt: 'asc' },
    });
    const created = idleSession!.createdAt.getTime();
    expect(idleSession!.idleExpiresAt.getTime() - created).toBeCloseTo(30 * 60_000, -4);
    expect(idleSession!.absoluteExpiresAt.getTime() - created).toBeCloseTo(12 * 3_600_000, -4);

    await t.prisma.session.update({
      where: { id: idleSession!.id },
      data: { idleExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await idle.get('/api/v1/auth/session')).statusCode).toBe(401);

    await t.prisma.session.update({
      where: { id: busySession!.id },
      data: { absoluteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await busy.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('extends the idle timeout while the member is active, never past the absolute lifetime', async () => {
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    const session = await t.prisma.session.findFirstOrThrow({ where: { userId: member.id } });
    const absolute = new Date(Date.now() + 10 * 60_000);
    await t.prisma.session.update({
      where: { id: session.id },
      data: {
        lastSeenAt: new Date(Date.now() - 5 * 60_000),
        idleExpiresAt: new Date(Date.now() + 60_000),
        absoluteExpiresAt: absolute,
      },
    });
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const touched = await t.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(touched.idleExpiresAt.getTime()).toBe(absolute.getTime());
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it('lets a member see their sessions and end one, but not another member’s', async () => {
    const member = await createMember(t.prisma);
    const laptop = await browser(t.app).signIn(member.email);
    const phone = browser(t.app);
    await phone.request(
      'POST',
      '/api/v1/auth/sign-in',
      { email: member.email, password: TEST_PASSWORD },
      {
        'user-agent':
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      },
    );
    const sessions = z.array(SessionSummary).parse((await laptop.get('/api/v1/me/sessions')).json());
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current)!;
    expect(other.device).toBe('Safari on iOS');
    expect((await laptop.delete(`/api/v1/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/v1/auth/session')).statusCode).toBe(401);

    const stranger = await createMember(t.prisma);
    const strangerClient = await browser(t.app).signIn(stranger.email);
    const mine = sessions.find((s) => s.current)!;
    expect((await strangerClient.delete(`/api/v1/me/sessions/${mine.id}`)).statusCode).toBe(404);
    expect((await laptop.get('/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('ends every other session when the password changes', async () => {
    const member = await createMember(t.prisma);
    const here = await browser(t.app).signIn(member.email);
    const elsewhere = await browser(t.app).signIn(member.email);
    const wrong = await here.post('/api/v1/me/password', {
      currentPassword: 'not it',
      newPassword: 'a brand new passphrase 2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(ProblemDetails.parse(wrong.json()).errors?.[0]?.pointer).toBe('/currentPassword');
    const changed = await here.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase 2026',
    });
    expect(changed.statusCode).toBe(204);
    expect((await here.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/session')).statusCode).toBe(401);
    await browser(t.app).signIn(member.email, 'a brand new passphrase 2026');
  });

  it('ends every session of a member who is deactivated, and refuses their sign-in with a clear message', async () => {
    const admin = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['ADMIN'] })).email);
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    expect((await admin.post(`/api/v1/members/${member.id}/deactivate`)).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
    const again = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(again.statusCode).toBe(403);
    expect(ProblemDetails.parse(again.json()).detail).toMatch(/not active/);
    const wrongPassword = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: member.email,
      password: 'wrong password',
    });
    expect(ProblemDetails.parse(wrongPassword.json()).detail).toBe(
      'The e-mail address or password is not correct.',
    );
  });

  it('refuses members of a suspended or withdrawn delegation, ends their sessions, and keeps what they wrote attributed', async () => {
    const admin = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['ADMIN'] })).email);
    const latvian = await createMember(t.prisma, { delegation: 'lv', name: 'Ilze Bērziņa' });
    const client = await browser(t.app).signIn(latvian.email);
    const thread = await t.prisma.thread.create({
      data: {
        title: 'Gaps in foster care',
        authorId: latvian.id,
        posts: { create: { number: 1, authorId: latvian.id, body: 'x', bodyHtml: '<p>x</p>' } },
      },
    });
    const suspended = await admin.post('/api/v1/delegations/lv/status', {
      status: 'SUSPENDED',
      effectiveOn: '2026-11-01',
      note: 'test',
    });
    expect(suspended.statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
    const signIn = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: latvian.email,
      password: TEST_PASSWORD,
    });
    expect(signIn.statusCode).toBe(403);
    expect(ProblemDetails.parse(signIn.json()).detail).toMatch(/suspended or has ended/);
    const kept = await t.prisma.thread.findUniqueOrThrow({
      where: { id: thread.id },
      include: { author: true },
    });
    expect(kept.author?.name).toBe('Ilze Bērziņa');

    const withdrawn = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: 'nobody@example.org',
      password: 'x',
    });
    expect(withdrawn.statusCode).toBe(401);
  });

  it('refuses the demo member of Russia, which withdrew in 2022', async () => {
    const russian = await createMember(t.prisma, { delegation: 'ru' });
    const response = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: russian.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(403);
  });

  it('ends the session of a member whose delegation stops taking part, even when changed outside the app', async () => {
    const member = await createMember(t.prisma, { delegation: 'lt' });
    const client = await browser(t.app).signIn(member.email);
    await t.prisma.delegation.update({ where: { code: 'lt' }, data: { membershipStatus: 'SUSPENDED' } });
    const response = await client.get('/api/v1/auth/session');
    expect(response.statusCode).toBe(401);
    expect(ProblemDetails.parse(response.json()).detail).toMatch(/suspended or has ended/);
    expect(await t.prisma.session.count({ where: { userId: member.id, revokedAt: null } })).toBe(0);
    await t.prisma.delegation.update({ where: { code: 'lt' }, data: { membershipStatus: 'ACTIVE' } });
  });
});
