import { ProblemDetails } from '@egcc/contracts';
import { browser } from './support/http-client';
import { lastMailTo, linkTokenFor } from './support/mailbox';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'quiet harbour in Klaipeda 2026';

describe('forgotten passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('mails a one-time link valid for an hour; the new password works and every session ends', async () => {
    const member = await createMember(t.prisma);
    const signedIn = await browser(t.app).signIn(member.email);
    expect((await browser(t.app).post('/api/v1/password-resets', { email: member.email })).statusCode).toBe(
      202,
    );
    const mail = await lastMailTo(t.prisma, member.email);
    expect(mail.subject).toBe('Reset your EGCC Portal password');
    const token = await linkTokenFor(t.prisma, member.email);
    const reset = await t.prisma.passwordReset.findFirstOrThrow({ where: { userId: member.id } });
    expect(reset.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(reset.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    const inspect = await browser(t.app).post('/api/v1/password-resets/inspect', { token });
    expect(inspect.json()).toMatchObject({ email: member.email });
    const weak = await browser(t.app).post('/api/v1/password-resets/confirm', {
      token,
      password: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    expect(
      (await browser(t.app).post('/api/v1/password-resets/confirm', { token, password: NEW_PASSWORD }))
        .statusCode,
    ).toBe(204);

    expect((await signedIn.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect(
      (await browser(t.app).post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(401);
    await browser(t.app).signIn(member.email, NEW_PASSWORD);

    const reused = await browser(t.app).post('/api/v1/password-resets/confirm', {
      token,
      password: 'yet another passphrase 2027',
    });
    expect(reused.statusCode).toBe(404);
    expect(ProblemDetails.parse(reused.json()).detail).toMatch(/used already/);
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'member.password_reset', targetId: member.id } }),
    ).toBe(1);
  });

  it('refuses an expired link', async () => {
    const member = await createMember(t.prisma);
    await browser(t.app).post('/api/v1/password-resets', { email: member.email });
    const token = await linkTokenFor(t.prisma, member.email);
    await t.prisma.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await browser(t.app).post('/api/v1/password-resets/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(404);
    expect(ProblemDetails.parse(response.json()).detail).toMatch(/expired/);
    expect((await browser(t.app).post('/api/v1/password-resets/inspect', { token })).statusCode).toBe(404);
  });

  it('sends nothing for an unknown or deactivated address, and answers exactly the same', async () => {
    const deactivated = await createMember(t.prisma, { status: 'DEACTIVATED' });
    const answers = await Promise.all(
      ['nobody@example.org', deactivated.email].map((email) =>
        browser(t.app).post('/api/v1/password-resets', { email }),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([202, 202]);
    expect(answers[0]?.body).toBe(answers[1]?.body);
    expect(await t.prisma.outboxMessage.count()).toBe(0);
  });

  it('answers 400 for a link token that is plainly not one', async () => {
    expect(
      (
        await browser(t.app).post('/api/v1/password-resets/confirm', {
          token: 'short',
          password: NEW_PASSWORD,
        })
      ).statusCode,
    ).toBe(400);
  });
});
