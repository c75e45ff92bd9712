import { ProblemDetails } from '@egcc/contracts';
import { browser } from './support/http-client';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('throttling sign-in and password resets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('answers 429 with Retry-After after five failed sign-ins to one account, even with the right password', async () => {
    const member = await createMember(t.prisma);
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await browser(t.app).post('/api/v1/auth/sign-in', {
        email: member.email,
        password: `wrong ${attempt}`,
      });
      expect(response.statusCode).toBe(401);
    }
    const locked = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(ProblemDetails.parse(locked.json()).code).toBe('RATE_LIMITED');
    expect(await t.prisma.auditEvent.count({ where: { action: 'session.sign_in_failed' } })).toBe(5);

    // Another account is not held up by it.
    const other = await createMember(t.prisma);
    await browser(t.app).signIn(other.email);

    // Once the window has passed, the member signs in.
    await t.prisma.authAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    await browser(t.app).signIn(member.email);
  });

  it('throttles unknown addresses just like real ones (no account enumeration)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await browser(t.app).post('/api/v1/auth/sign-in', { email: 'ghost@example.org', password: 'guess' });
    }
    expect(
      (await browser(t.app).post('/api/v1/auth/sign-in', { email: 'ghost@example.org', password: 'guess' }))
        .statusCode,
    ).toBe(429);
  });

  it('throttles one address trying many accounts', async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      await browser(t.app).post('/api/v1/auth/sign-in', {
        email: `spray${attempt}@example.org`,
        password: 'Summer2026!',
      });
    }
    const member = await createMember(t.prisma);
    const response = await browser(t.app).post('/api/v1/auth/sign-in', {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(429);
  });

  it('limits reset requests per address, answering the same for known and unknown addresses until then', async () => {
    const member = await createMember(t.prisma);
    const known = await browser(t.app).post('/api/v1/password-resets', { email: member.email });
    const unknown = await browser(t.app).post('/api/v1/password-resets', { email: 'nobody@example.org' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    await browser(t.app).post('/api/v1/password-resets', { email: member.email });
    await browser(t.app).post('/api/v1/password-resets', { email: member.email });
    const fourth = await browser(t.app).post('/api/v1/password-resets', { email: member.email });
    expect(fourth.statusCode).toBe(429);
    expect(await t.prisma.outboxMessage.count({ where: { toAddress: member.email } })).toBe(3);
  });
});
