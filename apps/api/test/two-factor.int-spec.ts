import {
  CurrentSession,
  ProblemDetails,
  RecoveryCodesResponse,
  SignInResponse,
  TotpSetupResponse,
} from '@egcc/contracts';
import { Secret, TOTP } from 'otpauth';
import { browser, type Browser } from './support/http-client';
import { createMember, TEST_PASSWORD } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

/** An authenticator app: the code for now, or for a step later (codes change every 30 s). */
const codeFor = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });

describe('two-factor sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TWO_FACTOR_REQUIRED_FOR: 'admins' } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  async function enrol(client: Browser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = TotpSetupResponse.parse((await client.post('/api/v1/me/two-factor/setup')).json());
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/EGCC%20Portal:/);
    expect(setup.qrCode).toMatch(/^data:image\/png;base64,/);
    const wrong = await client.post('/api/v1/me/two-factor/enable', { code: '123456' });
    expect(wrong.statusCode).toBe(400);
    const enabled = await client.post('/api/v1/me/two-factor/enable', { code: codeFor(setup.secret) });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = RecoveryCodesResponse.parse(enabled.json());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    return { secret: setup.secret, recoveryCodes };
  }

  it('asks for a code after the password; a valid code works once, a replayed one is refused', async () => {
    const member = await createMember(t.prisma);
    const { secret } = await enrol(await browser(t.app).signIn(member.email));
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(stored.totpSecret).not.toContain(secret);

    const first = browser(t.app);
    const step1 = SignInResponse.parse(
      (await first.post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD })).json(),
    );
    expect(step1.status).toBe('second_factor_required');
    expect(first.cookie).toBeUndefined();
    if (step1.status !== 'second_factor_required') return;
    // The code of the next time step: the one used when enabling cannot be used again.
    const code = codeFor(secret, 1);
    const done = await first.post('/api/v1/auth/sign-in/second-factor', { challenge: step1.challenge, code });
    expect(done.statusCode).toBe(200);
    expect(SignInResponse.parse(done.json()).status).toBe('signed_in');

    const second = browser(t.app);
    const challenge = (
      await second.post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD })
    ).json().challenge;
    const replay = await second.post('/api/v1/auth/sign-in/second-factor', { challenge, code });
    expect(replay.statusCode).toBe(401);
    expect(second.cookie).toBeUndefined();
  });

  it('accepts each recovery code once', async () => {
    const member = await createMember(t.prisma);
    const { recoveryCodes } = await enrol(await browser(t.app).signIn(member.email));
    const signInWith = async (recoveryCode: string) => {
      const client = browser(t.app);
      const challenge = (
        await client.post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD })
      ).json().challenge;
      return client.post('/api/v1/auth/sign-in/second-factor', { challenge, recoveryCode });
    };
    expect((await signInWith(recoveryCodes[0]!.toLowerCase())).statusCode).toBe(200);
    expect((await signInWith(recoveryCodes[0]!)).statusCode).toBe(401);
    expect((await signInWith(recoveryCodes[1]!)).statusCode).toBe(200);
    expect(await t.prisma.recoveryCode.count({ where: { userId: member.id, usedAt: null } })).toBe(8);
  });

  it('refuses a forged or expired challenge, and throttles wrong codes', async () => {
    const member = await createMember(t.prisma);
    const { secret } = await enrol(await browser(t.app).signIn(member.email));
    const forged = await browser(t.app).post('/api/v1/auth/sign-in/second-factor', {
      challenge: `${Buffer.from(member.id).toString('base64url')}.9999999999.forgedmacforgedmacforgedmac`,
      code: codeFor(secret, 1),
    });
    expect(forged.statusCode).toBe(401);
    const client = browser(t.app);
    const challenge = (
      await client.post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD })
    ).json().challenge;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await client.post('/api/v1/auth/sign-in/second-factor', { challenge, code: '000000' })).statusCode,
      ).toBe(401);
    }
    const throttled = await client.post('/api/v1/auth/sign-in/second-factor', {
      challenge,
      code: codeFor(secret, 1),
    });
    expect(throttled.statusCode).toBe(429);
  });

  it('turns off only with the password and a current code', async () => {
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    const { secret } = await enrol(client);
    const wrongPassword = await client.post('/api/v1/me/two-factor/disable', {
      password: 'nope',
      code: codeFor(secret, 1),
    });
    expect(ProblemDetails.parse(wrongPassword.json()).errors?.[0]?.pointer).toBe('/password');
    const off = await client.post('/api/v1/me/two-factor/disable', {
      password: TEST_PASSWORD,
      code: codeFor(secret, 1),
    });
    expect(off.statusCode).toBe(204);
    expect(await t.prisma.recoveryCode.count({ where: { userId: member.id } })).toBe(0);
    await browser(t.app).signIn(member.email);
  });

  it('makes an admin set it up before anything else when the setting requires it for admins', async () => {
    const admin = await createMember(t.prisma, { roles: ['ADMIN'] });
    const client = await browser(t.app).signIn(admin.email);
    const session = CurrentSession.parse((await client.get('/api/v1/auth/session')).json());
    expect(session.twoFactorSetupRequired).toBe(true);
    const blocked = await client.get('/api/v1/members');
    expect(blocked.statusCode).toBe(403);
    expect(ProblemDetails.parse(blocked.json()).code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    const { secret } = await enrol(client);
    expect((await client.get('/api/v1/members')).statusCode).toBe(200);
    const refused = await client.post('/api/v1/me/two-factor/disable', {
      password: TEST_PASSWORD,
      code: codeFor(secret, 1),
    });
    expect(refused.statusCode).toBe(409);
  });

  it('makes new recovery codes with the password and a code; the old ones stop working', async () => {
    const member = await createMember(t.prisma);
    const client = await browser(t.app).signIn(member.email);
    const { secret, recoveryCodes: old } = await enrol(client);
    const renewed = await client.post('/api/v1/me/two-factor/recovery-codes', {
      password: TEST_PASSWORD,
      code: codeFor(secret, 1),
    });
    expect(renewed.statusCode).toBe(200);
    const fresh = RecoveryCodesResponse.parse(renewed.json()).recoveryCodes;
    expect(fresh).not.toEqual(old);
    const other = browser(t.app);
    const challenge = (
      await other.post('/api/v1/auth/sign-in', { email: member.email, password: TEST_PASSWORD })
    ).json().challenge;
    expect(
      (await other.post('/api/v1/auth/sign-in/second-factor', { challenge, recoveryCode: old[0] }))
        .statusCode,
    ).toBe(401);
    expect(
      (await other.post('/api/v1/auth/sign-in/second-factor', { challenge, recoveryCode: fresh[0] }))
        .statusCode,
    ).toBe(200);
  });
});
