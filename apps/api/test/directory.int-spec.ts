import { DelegationDetail, DelegationSummary, Ministry, ProblemDetails } from '@egcc/contracts';
import { z } from 'zod';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

describe('the directory', () => {
  let t: TestApp;
  let admin: Browser;
  let delegate: Browser;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    admin = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['ADMIN'] })).email);
    delegate = await browser(t.app).signIn(
      (await createMember(t.prisma, { delegation: 'dk', name: 'Mette Nielsen' })).email,
    );
  });

  it('shows every member the delegations with their status, ministries and active members', async () => {
    await createMember(t.prisma, { delegation: 'dk', status: 'DEACTIVATED', name: 'Former Delegate' });
    const list = z.array(DelegationSummary).parse((await delegate.get('/api/v1/delegations')).json());
    expect(list).toHaveLength(12);
    expect(list.find((d) => d.code === 'ru')).toMatchObject({
      membershipStatus: 'WITHDRAWN',
      statusSince: '2022-05-17',
    });
    expect(list.find((d) => d.code === 'dk')).toMatchObject({
      memberCount: 1,
      ministries: expect.arrayContaining([
        expect.objectContaining({ name: 'Ministry of Social Affairs and Housing' }),
      ]),
    });

    const denmark = DelegationDetail.parse((await delegate.get('/api/v1/delegations/DK')).json());
    expect(denmark.members.map((m) => m.name)).toEqual(['Mette Nielsen']);
    expect(denmark.members[0]).toMatchObject({ email: expect.stringContaining('@'), roles: ['DELEGATE'] });
    const russia = DelegationDetail.parse((await delegate.get('/api/v1/delegations/ru')).json());
    expect(russia.statusHistory.map((c) => [c.status, c.effectiveOn])).toEqual([
      ['SUSPENDED', '2022-03-03'],
      ['WITHDRAWN', '2022-05-17'],
    ]);
    expect((await delegate.get('/api/v1/delegations/zz')).statusCode).toBe(404);
    expect((await delegate.get('/api/v1/delegations/not-a-code!')).statusCode).toBe(400);
  });

  it('lets admins add and edit delegations and ministries, each change on record', async () => {
    const created = await admin.post('/api/v1/delegations', {
      code: 'UA',
      name: 'Ukraine',
      nativeName: 'Україна',
      kind: 'MEMBER_STATE',
    });
    expect(created.statusCode).toBe(201);
    expect(DelegationDetail.parse(created.json())).toMatchObject({
      code: 'ua',
      membershipStatus: 'ACTIVE',
      members: [],
    });
    expect(
      (await admin.post('/api/v1/delegations', { code: 'ua', name: 'Again', kind: 'MEMBER_STATE' }))
        .statusCode,
    ).toBe(409);

    const ministry = Ministry.parse(
      (
        await admin.post('/api/v1/delegations/ua/ministries', {
          name: 'Ministry of Social Policy',
          website: 'https://www.msp.gov.ua',
        })
      ).json(),
    );
    expect(
      (await admin.post('/api/v1/delegations/ua/ministries', { name: 'Ministry of Social Policy' }))
        .statusCode,
    ).toBe(409);
    const archived = Ministry.parse(
      (await admin.patch(`/api/v1/ministries/${ministry.id}`, { archived: true })).json(),
    );
    expect(archived.archived).toBe(true);
    const badWebsite = await admin.patch(`/api/v1/ministries/${ministry.id}`, {
      website: 'javascript:alert(1)',
    });
    expect(badWebsite.statusCode).toBe(400);

    const renamed = DelegationDetail.parse(
      (await admin.patch('/api/v1/delegations/ua', { name: 'Ukraine (test)' })).json(),
    );
    expect(renamed.name).toBe('Ukraine (test)');
    const actions = (await t.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }))
      .map((e) => e.action)
      .filter((a) => !a.startsWith('session.'));
    expect(actions).toEqual([
      'delegation.created',
      'ministry.created',
      'ministry.updated',
      'delegation.updated',
    ]);
  });

  it('records a status change with its date, refusing future dates and no-op changes', async () => {
    const future = await admin.post('/api/v1/delegations/se/status', {
      status: 'SUSPENDED',
      effectiveOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(ProblemDetails.parse(future.json()).errors?.[0]?.pointer).toBe('/effectiveOn');
    expect(
      (await admin.post('/api/v1/delegations/se/status', { status: 'ACTIVE', effectiveOn: '2026-01-01' }))
        .statusCode,
    ).toBe(409);

    const changed = DelegationDetail.parse(
      (
        await admin.post('/api/v1/delegations/se/status', {
          status: 'SUSPENDED',
          effectiveOn: '2026-11-02',
          note: 'Test',
        })
      ).json(),
    );
    expect(changed).toMatchObject({ membershipStatus: 'SUSPENDED', statusSince: '2026-11-02' });
    expect(changed.statusHistory.at(-1)).toMatchObject({
      status: 'SUSPENDED',
      effectiveOn: '2026-11-02',
      note: 'Test',
    });
    const back = DelegationDetail.parse(
      (
        await admin.post('/api/v1/delegations/se/status', { status: 'ACTIVE', effectiveOn: '2026-11-20' })
      ).json(),
    );
    expect(back.membershipStatus).toBe('ACTIVE');
  });

  it('does not let delegates change the directory', async () => {
    expect((await delegate.patch('/api/v1/delegations/dk', { name: 'Danmark' })).statusCode).toBe(403);
    expect((await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'dk' } })).name).toBe('Denmark');
  });
});
