import { CurrentSession, ProblemDetails, SignInResponse } from '@egcc/contracts';
import { browser, TEST_ORIGIN } from './support/http-client';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('signs a member in with a session cookie that is httpOnly, SameSite=Lax and not readable by scripts', async () => {
    const member = await createMember(t.prisma, { roles: ['DELEGATE'], delegation: 'ee' });
    const client = browser(t.app);
    const response = await client.post('/api/v1/auth/sign-in', {
      email: member.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^egcc_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Max-Age');
    const body = SignInResponse.parse(response.json());
    expect(body.status).toBe('signed_in');
    if (body.status !== 'signed_in') return;
    expect(body.session.member).toMatchObject({
      email: member.email,
      roles: ['DELEGATE'],
      delegation: { code: 'ee' },
    });
    expect(body.session.csrfToken.length).toBeGreaterThan(20);

    const session = await client.get('/api/v1/auth/session');
    expect(session.statusCode).toBe(200);
    expect(CurrentSession.parse(session.json()).member.id).toBe(member.id);

    // Only a hash of the token is stored.
    const stored = await t.prisma.session.findFirstOrThrow({ where: { userId: member.id } });
    expect(cookie).not.toContain(stored.tokenHash);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const member = await createMember(t.prisma);
    const wrongPassword = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: member.email,
      password: 'not-the-password',
    });
    const unknown = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: 'nobody@test.example',
      password: 'not-the-password',
    });
    for (const response of [wrongPassword, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(ProblemDetails.parse(response.json()).detail).toBe(
        'The e-mail address or password is not correct.',
      );
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const audited = await t.prisma.auditEvent.findMany({ where: { action: 'session.sign_in_failed' } });
    expect(audited).toHaveLength(2);
  });

  it('answers 400 with field errors for a malformed sign-in', async () => {
    const response = await browser(t.app).post('/api/v1/auth/sign-in', { email: 'not-an-address' });
    expect(response.statusCode).toBe(400);
    expect(
      ProblemDetails.parse(response.json())
        .errors?.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/email', '/password']);
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    const oldCookie = client.cookie;
    const out = await client.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/egcc_session=;/);
    const replay = browser(t.app);
    replay.cookie = oldCookie;
    expect((await replay.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect(await t.prisma.session.count({ where: { userId: member.id, revokedAt: null } })).toBe(0);
  });

  it('refuses changes without the CSRF token or from another site', async () => {
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    const withoutToken = await client.post('/api/v1/auth/sign-out', {}, { 'x-csrf-token': '' });
    expect(withoutToken.statusCode).toBe(403);
    const crossSite = await client.post('/api/v1/auth/sign-out', {}, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const noOrigin = await client.request('POST', '/api/v1/auth/sign-out', {}, { origin: '' });
    expect(noOrigin.statusCode).toBe(403);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
    const signInFromElsewhere = await browser(t.app).post(
      '/api/v1/auth/sign-in',
      { email: member.email, password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(signInFromElsewhere.statusCode).toBe(403);
    expect(TEST_ORIGIN).toBe('http://portal.test');
  });
});
