import { seedDemoData, seedReferenceData } from '../src/database/seed/seed';
import { createTestApp, type TestApp } from './support/test-app';

describe('reference and demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('has the twelve delegations, with Russia suspended and then withdrawn', async () => {
    const delegations = await t.prisma.delegation.findMany({
      orderBy: { code: 'asc' },
      include: { statusChanges: true },
    });
    expect(delegations.map((d) => d.code)).toEqual([
      'de',
      'dk',
      'ec',
      'ee',
      'fi',
      'is',
      'lt',
      'lv',
      'no',
      'pl',
      'ru',
      'se',
    ]);
    expect(delegations.find((d) => d.code === 'ec')).toMatchObject({
      name: 'European Commission',
      kind: 'INSTITUTION',
    });
    expect(delegations.filter((d) => d.kind === 'MEMBER_STATE')).toHaveLength(11);

    const russia = delegations.find((d) => d.code === 'ru');
    expect(russia?.membershipStatus).toBe('WITHDRAWN');
    expect(russia?.statusSince?.toISOString().slice(0, 10)).toBe('2022-05-17');
    expect(
      russia?.statusChanges
        .map((c) => [c.status, c.effectiveOn.toISOString().slice(0, 10)])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['SUSPENDED', '2022-03-03'],
      ['WITHDRAWN', '2022-05-17'],
    ]);
    expect(delegations.filter((d) => d.membershipStatus === 'ACTIVE')).toHaveLength(11);
  });

  it('gives every delegation at least one ministry, with native names for member states', async () => {
    const delegations = await t.prisma.delegation.findMany({ include: { ministries: true } });
    for (const delegation of delegations) {
      expect({ code: delegation.code, ministries: delegation.ministries.length > 0 }).toEqual({
        code: delegation.code,
        ministries: true,
      });
      if (delegation.kind === 'MEMBER_STATE') {
        for (const ministry of delegation.ministries) expect(ministry.nativeName).toEqual(expect.any(String));
      }
    }
  });

  it('has the five focus areas, the measure and gap kinds, and the UNCRC articles', async () => {
    expect(
      await t.prisma.focusArea.findMany({ orderBy: { position: 'asc' }, select: { code: true } }),
    ).toEqual([
      { code: 'CHILD_RIGHTS' },
      { code: 'EARLY_INTERVENTION' },
      { code: 'SEXUAL_ABUSE' },
      { code: 'MIGRANT_CHILDREN' },
      { code: 'ALTERNATIVE_CARE' },
    ]);
    expect(
      (await t.prisma.measureKind.findMany({ orderBy: { position: 'asc' } })).map((k) => k.code),
    ).toEqual(['LEGISLATIVE', 'POLITICAL', 'ADMINISTRATIVE']);
    expect((await t.prisma.gapKind.findMany({ orderBy: { position: 'asc' } })).map((k) => k.code)).toEqual([
      'SERVICES',
      'EXPERTISE',
      'CAPACITY',
    ]);
    const articles = await t.prisma.uncrcArticle.findMany({
      where: { number: { in: [3, 12, 19, 20, 22, 34, 35] } },
    });
    expect(Object.fromEntries(articles.map((a) => [a.number, a.title]))).toEqual({
      3: 'Best interests of the child',
      12: 'Respect for the views of the child',
      19: 'Protection from violence, abuse and neglect',
      20: 'Children unable to live with their family',
      22: 'Refugee children',
      34: 'Sexual exploitation',
      35: 'Abduction, sale and trafficking',
    });
  });

  it('is idempotent and never overwrites what the secretariat edited', async () => {
    await t.prisma.focusArea.update({
      where: { code: 'ALTERNATIVE_CARE' },
      data: { description: 'Edited by the secretariat' },
    });
    const counts = async () =>
      Promise.all([
        t.prisma.delegation.count(),
        t.prisma.ministry.count(),
        t.prisma.delegationStatusChange.count(),
        t.prisma.focusArea.count(),
        t.prisma.uncrcArticle.count(),
      ]);
    const before = await counts();
    await seedReferenceData(t.prisma);
    await seedReferenceData(t.prisma);
    expect(await counts()).toEqual(before);
    expect(
      (await t.prisma.focusArea.findUniqueOrThrow({ where: { code: 'ALTERNATIVE_CARE' } })).description,
    ).toBe('Edited by the secretariat');
  });

  it('seeds demo members in every role, signing in with one password, once', async () => {
    const signIns = await seedDemoData(t.prisma, 'demo-password-for-tests');
    await seedDemoData(t.prisma, 'demo-password-for-tests');
    expect(signIns).toEqual(
      expect.arrayContaining([
        'admin@egcc.example',
        'chair@egcc.example',
        'observer@egcc.example',
        'delegate.dk@egcc.example',
      ]),
    );
    const members = await t.prisma.user.findMany({ include: { delegation: true } });
    expect(members).toHaveLength(signIns.length);
    const roles = new Set(members.flatMap((m) => m.roles));
    expect([...roles].sort()).toEqual(['ADMIN', 'CHAIR', 'DELEGATE', 'OBSERVER']);
    expect(members.find((m) => m.email === 'chair@egcc.example')?.roles).toEqual(['CHAIR', 'DELEGATE']);
    expect(members.find((m) => m.email === 'observer@egcc.example')?.delegation?.code).toBe('ec');
    const memberStates = new Set(
      members.filter((m) => m.roles.includes('DELEGATE')).map((m) => m.delegation?.code),
    );
    expect(memberStates.size).toBeGreaterThanOrEqual(10);
    for (const member of members) {
      expect(member.email).toBe(member.email.toLowerCase());
      expect(member.status).toBe('ACTIVE');
      expect(member.passwordHash).toMatch(/^\$argon2id\$/);
    }
  });
});
