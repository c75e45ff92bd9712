import {
  InvitationPage,
  InvitationPreview,
  InvitationSummary,
  ProblemDetails,
  SignInResponse,
} from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { lastMailTo, linkTokenFor } from './support/mailbox';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

const STRONG = 'lighthouse otter marmalade 1992';

describe('invitation-only membership', () => {
  let t: TestApp;
  let admin: Browser;
  let estonia: { id: string; ministries: { id: string }[] };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    const member = await createMember(t.prisma, { roles: ['ADMIN'], name: 'Astrid Admin' });
    admin = await browser(t.app).signIn(member.email);
    estonia = await t.prisma.delegation.findUniqueOrThrow({
      where: { code: 'ee' },
      include: { ministries: true },
    });
  });

  const invite = (overrides: Record<string, unknown> = {}) =>
    admin.post('/api/v1/invitations', {
      email: 'Kadri.Tamm@Example.ORG',
      name: 'Kadri Tamm',
      title: 'Chief Specialist',
      roles: ['DELEGATE'],
      delegationId: estonia.id,
      ministryId: estonia.ministries[0]?.id,
      ...overrides,
    });

  it('invites by e-mail: an invited member, a one-time link by mail (outbox), and an audit record, together', async () => {
    const response = await invite();
    expect(response.statusCode).toBe(201);
    const invitation = InvitationSummary.parse(response.json());
    expect(invitation).toMatchObject({
      email: 'kadri.tamm@example.org',
      status: 'PENDING',
      roles: ['DELEGATE'],
      delegation: { code: 'ee' },
    });
    const member = await t.prisma.user.findUniqueOrThrow({ where: { email: 'kadri.tamm@example.org' } });
    expect(member).toMatchObject({ status: 'INVITED', passwordHash: null });
    const mail = await lastMailTo(t.prisma, 'kadri.tamm@example.org');
    expect(mail).toMatchObject({
      template: 'invitation',
      status: 'PENDING',
      subject: 'Your invitation to the EGCC Portal',
    });
    expect(mail.textBody).toContain('Astrid Admin has invited you');
    expect(mail.textBody).toMatch(/\/accept-invitation#token=[A-Za-z0-9_-]{40,}/);
    const token = await linkTokenFor(t.prisma, 'kadri.tamm@example.org');
    const stored = await t.prisma.invitation.findFirstOrThrow({ where: { userId: member.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'member.invited', targetId: member.id } }),
    ).toBe(1);
  });

  it('lets the invitee see the invitation, choose a password, and be signed in; the link then works no more', async () => {
    await invite();
    const token = await linkTokenFor(t.prisma, 'kadri.tamm@example.org');
    const invitee = browser(t.app);
    const preview = await invitee.post('/api/v1/invitations/inspect', { token });
    expect(InvitationPreview.parse(preview.json())).toMatchObject({
      name: 'Kadri Tamm',
      delegation: { code: 'ee', name: 'Estonia' },
    });

    const weak = await invitee.post('/api/v1/invitations/accept', { token, password: 'kadritamm2026' });
    expect(weak.statusCode).toBe(400);
    expect(ProblemDetails.parse(weak.json()).errors?.[0]).toMatchObject({ pointer: '/password' });

    const accepted = await invitee.post('/api/v1/invitations/accept', { token, password: STRONG });
    expect(accepted.statusCode).toBe(200);
    const body = SignInResponse.parse(accepted.json());
    expect(body.status).toBe('signed_in');
    expect((await invitee.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect(
      await t.prisma.user.findUniqueOrThrow({ where: { email: 'kadri.tamm@example.org' } }),
    ).toMatchObject({ status: 'ACTIVE' });

    const reused = await browser(t.app).post('/api/v1/invitations/accept', {
      token,
      password: 'another long passphrase 77',
    });
    expect(reused.statusCode).toBe(404);
    expect(ProblemDetails.parse(reused.json()).detail).toMatch(/accepted already/);
    await browser(t.app).signIn('kadri.tamm@example.org', STRONG);
  });

  it('refuses an expired link, and a resent link replaces the old one', async () => {
    const { id } = InvitationSummary.parse((await invite()).json());
    const first = await linkTokenFor(t.prisma, 'kadri.tamm@example.org');
    await t.prisma.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await browser(t.app).post('/api/v1/invitations/accept', {
      token: first,
      password: STRONG,
    });
    expect(expired.statusCode).toBe(404);
    expect(ProblemDetails.parse(expired.json()).detail).toMatch(/expired/);
    expect(InvitationSummary.parse((await admin.get('/api/v1/invitations')).json().items[0]).status).toBe(
      'EXPIRED',
    );

    const resent = InvitationSummary.parse((await admin.post(`/api/v1/invitations/${id}/resend`)).json());
    expect(resent).toMatchObject({ status: 'PENDING', sendCount: 2 });
    const second = await linkTokenFor(t.prisma, 'kadri.tamm@example.org');
    expect(second).not.toBe(first);
    expect((await browser(t.app).post('/api/v1/invitations/inspect', { token: first })).statusCode).toBe(404);
    expect(
      (await browser(t.app).post('/api/v1/invitations/accept', { token: second, password: STRONG }))
        .statusCode,
    ).toBe(200);
  });

  it('revokes an invitation so that its link stops working', async () => {
    const { id } = InvitationSummary.parse((await invite()).json());
    const token = await linkTokenFor(t.prisma, 'kadri.tamm@example.org');
    expect(
      InvitationSummary.parse((await admin.post(`/api/v1/invitations/${id}/revoke`)).json()).status,
    ).toBe('REVOKED');
    const refused = await browser(t.app).post('/api/v1/invitations/accept', { token, password: STRONG });
    expect(refused.statusCode).toBe(404);
    expect(ProblemDetails.parse(refused.json()).detail).toMatch(/withdrawn/);
    expect((await admin.post(`/api/v1/invitations/${id}/revoke`)).statusCode).toBe(409);
  });

  it('refuses a second invitation to the same address and explains what to do', async () => {
    await invite();
    const again = await invite({ email: 'kadri.tamm@example.org' });
    expect(again.statusCode).toBe(409);
    expect(ProblemDetails.parse(again.json()).detail).toMatch(/resend or revoke/);
    expect(await t.prisma.user.count({ where: { email: 'kadri.tamm@example.org' } })).toBe(1);
  });

  it('checks roles against the delegation and the ministry against the delegation, changing nothing when they do not fit', async () => {
    const latvia = await t.prisma.delegation.findUniqueOrThrow({
      where: { code: 'lv' },
      include: { ministries: true },
    });
    const russia = await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'ru' } });
    const commission = await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'ec' } });
    const cases: [Record<string, unknown>, string][] = [
      [{ roles: ['CHAIR'] }, '/roles'],
      [{ roles: ['OBSERVER', 'DELEGATE'] }, '/roles'],
      [{ delegationId: null, ministryId: null }, '/delegationId'],
      [{ delegationId: commission.id, ministryId: null }, '/delegationId'],
      [{ delegationId: russia.id, ministryId: null }, '/delegationId'],
      [{ ministryId: latvia.ministries[0]?.id }, '/ministryId'],
    ];
    for (const [overrides, pointer] of cases) {
      const response = await invite(overrides);
      expect({ overrides, status: response.statusCode }).toEqual({ overrides, status: 400 });
      expect(ProblemDetails.parse(response.json()).errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect(await t.prisma.user.count({ where: { email: 'kadri.tamm@example.org' } })).toBe(0);
    expect(await t.prisma.outboxMessage.count()).toBe(0);
  });

  it('lists invitations by status, newest first, in pages', async () => {
    for (const n of [1, 2, 3]) await invite({ email: `delegate${n}@example.org`, name: `Delegate ${n}` });
    const first = InvitationPage.parse(
      (await admin.get('/api/v1/invitations?limit=2&status=PENDING')).json(),
    );
    expect(first.items.map((i) => i.email)).toEqual(['delegate3@example.org', 'delegate2@example.org']);
    const second = InvitationPage.parse(
      (await admin.get(`/api/v1/invitations?limit=2&status=PENDING&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.items.map((i) => i.email)).toEqual(['delegate1@example.org']);
    expect(second.nextCursor).toBeNull();
    expect((await admin.get('/api/v1/invitations?cursor=garbage')).statusCode).toBe(400);
  });
});
