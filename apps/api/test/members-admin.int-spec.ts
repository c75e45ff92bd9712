import { MemberDetail, MemberPage, ProblemDetails } from '@egcc/contracts';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('members, for the secretariat', () => {
  let t: TestApp;
  let admin: Browser;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    const member = await createMember(t.prisma, { roles: ['ADMIN'], name: 'Astrid Holm' });
    adminId = member.id;
    admin = await browser(t.app).signIn(member.email);
  });

  it('lists members by name with filters and pages', async () => {
    await createMember(t.prisma, { name: 'Ingrid Hansen', delegation: 'no' });
    await createMember(t.prisma, { name: 'Jonas Becker', delegation: 'de' });
    await createMember(t.prisma, { name: 'Claire Dubois', roles: ['OBSERVER'] });
    await createMember(t.prisma, { name: 'Olga Ivanova', delegation: 'ru', status: 'DEACTIVATED' });
    const all = MemberPage.parse((await admin.get('/api/v1/members?limit=3')).json());
    expect(all.items.map((m) => m.name)).toEqual(['Astrid Holm', 'Claire Dubois', 'Ingrid Hansen']);
    const rest = MemberPage.parse(
      (await admin.get(`/api/v1/members?limit=3&cursor=${all.nextCursor}`)).json(),
    );
    expect(rest.items.map((m) => m.name)).toEqual(['Jonas Becker', 'Olga Ivanova']);
    expect(
      MemberPage.parse((await admin.get('/api/v1/members?delegation=DE')).json()).items.map((m) => m.name),
    ).toEqual(['Jonas Becker']);
    expect(
      MemberPage.parse((await admin.get('/api/v1/members?role=OBSERVER')).json()).items.map((m) => m.name),
    ).toEqual(['Claire Dubois']);
    expect(
      MemberPage.parse((await admin.get('/api/v1/members?status=DEACTIVATED')).json()).items.map(
        (m) => m.name,
      ),
    ).toEqual(['Olga Ivanova']);
    expect(
      MemberPage.parse((await admin.get('/api/v1/members?q=hans')).json()).items.map((m) => m.name),
    ).toEqual(['Ingrid Hansen']);
  });

  it('changes roles and placement by the same rules as invitations, and records what changed', async () => {
    const member = await createMember(t.prisma, { name: 'Laura Korhonen', delegation: 'fi' });
    const chair = MemberDetail.parse(
      (await admin.patch(`/api/v1/members/${member.id}`, { roles: ['CHAIR', 'DELEGATE'] })).json(),
    );
    expect(chair.roles).toEqual(['CHAIR', 'DELEGATE']);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'member.roles_changed', targetId: member.id },
    });
    expect(event.details).toEqual({ roles: { from: ['DELEGATE'], to: ['CHAIR', 'DELEGATE'] } });
    expect(event.actorId).toBe(adminId);

    const bad = await admin.patch(`/api/v1/members/${member.id}`, { roles: ['CHAIR'] });
    expect(bad.statusCode).toBe(400);
    expect(ProblemDetails.parse(bad.json()).errors?.[0]?.pointer).toBe('/roles');

    const sweden = await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'se' } });
    const moved = MemberDetail.parse(
      (await admin.patch(`/api/v1/members/${member.id}`, { delegationId: sweden.id })).json(),
    );
    expect(moved).toMatchObject({ delegation: { code: 'se' }, ministry: null });
  });

  it('takes effect at once: a member whose role is removed loses the access it gave', async () => {
    const other = await createMember(t.prisma, { roles: ['ADMIN'] });
    const otherClient = await browser(t.app).signIn(other.email);
    expect((await otherClient.get('/api/v1/members')).statusCode).toBe(200);
    await admin.patch(`/api/v1/members/${other.id}`, {
      roles: ['OBSERVER'],
      delegationId: (await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'ec' } })).id,
    });
    expect((await otherClient.get('/api/v1/members')).statusCode).toBe(403);
  });

  it('never lets an admin change their own roles or deactivate themselves', async () => {
    const own = await admin.patch(`/api/v1/members/${adminId}`, { roles: ['ADMIN', 'OBSERVER'] });
    expect(own.statusCode).toBe(403);
    expect(ProblemDetails.parse(own.json()).detail).toMatch(/own roles/);
    expect((await admin.post(`/api/v1/members/${adminId}/deactivate`)).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/members/${adminId}`, { title: 'Head of Unit' })).statusCode).toBe(200);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: adminId } })).roles).toEqual(['ADMIN']);
  });

  it('deactivates and reactivates, refusing repeats', async () => {
    const member = await createMember(t.prisma);
    const deactivated = MemberDetail.parse(
      (await admin.post(`/api/v1/members/${member.id}/deactivate`)).json(),
    );
    expect(deactivated).toMatchObject({ status: 'DEACTIVATED', deactivatedAt: expect.any(String) });
    expect((await admin.post(`/api/v1/members/${member.id}/deactivate`)).statusCode).toBe(409);
    const back = MemberDetail.parse((await admin.post(`/api/v1/members/${member.id}/reactivate`)).json());
    expect(back).toMatchObject({ status: 'ACTIVE', deactivatedAt: null });
    expect((await admin.post(`/api/v1/members/${member.id}/reactivate`)).statusCode).toBe(409);
    expect((await admin.get('/api/v1/members/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
