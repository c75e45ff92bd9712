import {
  type Actor,
  actionItem,
  attendance,
  defineAbilityFor,
  member,
  minutes,
  post,
  report,
  rulesFor,
  session,
  thread,
} from './policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'me',
  roles: ['DELEGATE'],
  status: 'ACTIVE',
  delegationId: 'dk',
  delegationStatus: 'ACTIVE',
  ...overrides,
});

describe('the portal policy', () => {
  it('lets every member read the directory and manage only their own sessions', () => {
    for (const roles of [['DELEGATE'], ['CHAIR', 'DELEGATE'], ['OBSERVER'], ['ADMIN']] as const) {
      const ability = defineAbilityFor(actor({ roles }));
      expect(ability.can('read', 'Delegation')).toBe(true);
      expect(ability.can('read', 'Member')).toBe(true);
      expect(ability.can('delete', session({ userId: 'me' }))).toBe(true);
      expect(ability.can('delete', session({ userId: 'someone-else' }))).toBe(false);
    }
  });

  it('keeps the secretariat’s tools to admins', () => {
    for (const roles of [['DELEGATE'], ['CHAIR', 'DELEGATE'], ['OBSERVER']] as const) {
      const ability = defineAbilityFor(actor({ roles }));
      expect(ability.can('create', 'Invitation')).toBe(false);
      expect(ability.can('read', 'AuditEvent')).toBe(false);
      expect(ability.can('read', 'OutboxMessage')).toBe(false);
      expect(ability.can('changeStatus', 'Delegation')).toBe(false);
      expect(ability.can('readPrivate', 'Member')).toBe(false);
    }
    const admin = defineAbilityFor(actor({ roles: ['ADMIN'], delegationId: null, delegationStatus: null }));
    expect(admin.can('create', 'Invitation')).toBe(true);
    expect(admin.can('export', 'AuditEvent')).toBe(true);
    expect(admin.can('changeStatus', 'Delegation')).toBe(true);
  });

  it('never lets a member change their own roles or deactivate themselves', () => {
    const admin = defineAbilityFor(actor({ roles: ['ADMIN'] }));
    expect(admin.can('changeRoles', member({ id: 'someone-else', delegationId: 'ee' }))).toBe(true);
    expect(admin.can('changeRoles', member({ id: 'me', delegationId: 'dk' }))).toBe(false);
    expect(admin.can('deactivate', member({ id: 'me', delegationId: 'dk' }))).toBe(false);
    expect(admin.can('update', member({ id: 'me', delegationId: 'dk' }))).toBe(true);
  });

  it('gives nothing at all to deactivated members or members of a suspended or withdrawn delegation', () => {
    expect(rulesFor(actor({ status: 'DEACTIVATED' }))).toEqual([]);
    expect(rulesFor(actor({ delegationStatus: 'SUSPENDED' }))).toEqual([]);
    expect(rulesFor(actor({ roles: ['ADMIN'], delegationStatus: 'WITHDRAWN' }))).toEqual([]);
    expect(rulesFor(actor({ status: 'INVITED' }))).toEqual([]);
  });

  it('lets everyone read discussions, but only delegates, chairs and the secretariat write', () => {
    const observer = defineAbilityFor(actor({ roles: ['OBSERVER'], delegationId: 'ec' }));
    expect(observer.can('read', 'Thread')).toBe(true);
    expect(observer.can('create', 'Thread')).toBe(false);
    expect(observer.can('create', 'Post')).toBe(false);
    for (const roles of [['DELEGATE'], ['CHAIR', 'DELEGATE'], ['ADMIN']] as const) {
      const ability = defineAbilityFor(actor({ roles }));
      expect(ability.can('create', 'Thread')).toBe(true);
      expect(ability.can('create', 'Post')).toBe(true);
    }
  });

  it('lets authors edit and remove their own posts, and chairs and admins moderate', () => {
    const delegate = defineAbilityFor(actor({ roles: ['DELEGATE'] }));
    expect(delegate.can('update', post({ authorId: 'me' }))).toBe(true);
    expect(delegate.can('delete', post({ authorId: 'me' }))).toBe(true);
    expect(delegate.can('update', post({ authorId: 'other' }))).toBe(false);
    expect(delegate.can('moderate', 'Post')).toBe(false);
    expect(delegate.can('update', thread({ authorId: 'other' }))).toBe(false);
    const chair = defineAbilityFor(actor({ roles: ['CHAIR', 'DELEGATE'] }));
    expect(chair.can('moderate', 'Thread')).toBe(true);
    expect(chair.can('moderate', 'Post')).toBe(true);
    expect(chair.can('update', thread({ authorId: 'other' }))).toBe(true);
    expect(chair.can('update', post({ authorId: 'other' }))).toBe(false);
  });
});

describe('national reports in the policy', () => {
  const dk = (status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED') => report({ delegationId: 'dk', status });

  it('shows a draft only to its delegation and the secretariat', () => {
    expect(defineAbilityFor(actor()).can('read', dk('DRAFT'))).toBe(true);
    expect(defineAbilityFor(actor({ delegationId: 'ee' })).can('read', dk('DRAFT'))).toBe(false);
    expect(
      defineAbilityFor(actor({ roles: ['CHAIR', 'DELEGATE'], delegationId: 'ee' })).can('read', dk('DRAFT')),
    ).toBe(false);
    expect(
      defineAbilityFor(actor({ roles: ['OBSERVER'], delegationId: 'ec' })).can('read', dk('DRAFT')),
    ).toBe(false);
    expect(defineAbilityFor(actor({ roles: ['ADMIN'], delegationId: null })).can('read', dk('DRAFT'))).toBe(
      true,
    );
  });

  it('shows a submitted report to the chair too, and a published one to everyone', () => {
    const chair = defineAbilityFor(actor({ roles: ['CHAIR', 'DELEGATE'], delegationId: 'ee' }));
    expect(chair.can('read', dk('SUBMITTED'))).toBe(true);
    expect(defineAbilityFor(actor({ delegationId: 'ee' })).can('read', dk('SUBMITTED'))).toBe(false);
    expect(
      defineAbilityFor(actor({ roles: ['OBSERVER'], delegationId: 'ec' })).can('read', dk('PUBLISHED')),
    ).toBe(true);
  });

  it('lets only the own delegation edit and submit, and only while a draft', () => {
    const delegate = defineAbilityFor(actor());
    expect(delegate.can('update', dk('DRAFT'))).toBe(true);
    expect(delegate.can('update', dk('SUBMITTED'))).toBe(false);
    expect(delegate.can('submit', dk('DRAFT'))).toBe(true);
    expect(delegate.can('withdraw', dk('SUBMITTED'))).toBe(true);
    expect(delegate.can('review', dk('SUBMITTED'))).toBe(false);
    expect(defineAbilityFor(actor({ delegationId: 'ee' })).can('update', dk('DRAFT'))).toBe(false);
    const admin = defineAbilityFor(actor({ roles: ['ADMIN'], delegationId: null }));
    expect(admin.can('update', dk('DRAFT'))).toBe(false);
    expect(admin.can('review', dk('SUBMITTED'))).toBe(true);
    expect(admin.can('review', dk('DRAFT'))).toBe(false);
    const observer = defineAbilityFor(actor({ roles: ['OBSERVER'], delegationId: 'dk' }));
    expect(observer.can('create', 'Report')).toBe(false);
    expect(observer.can('update', dk('DRAFT'))).toBe(false);
  });
});

describe('meetings in the policy', () => {
  const delegate = () => defineAbilityFor(actor());
  const observer = () => defineAbilityFor(actor({ id: 'obs', roles: ['OBSERVER'], delegationId: 'ec' }));
  const chair = () =>
    defineAbilityFor(actor({ id: 'chair', roles: ['CHAIR', 'DELEGATE'], delegationId: 'lt' }));
  const admin = () =>
    defineAbilityFor(actor({ id: 'admin', roles: ['ADMIN'], delegationId: null, delegationStatus: null }));

  it('lets every member, observers included, read meetings and answer only for themselves', () => {
    for (const ability of [delegate(), observer(), chair(), admin()]) {
      expect(ability.can('read', 'Meeting')).toBe(true);
      expect(ability.can('read', 'AgendaItem')).toBe(true);
      expect(ability.can('read', 'Decision')).toBe(true);
      expect(ability.can('read', 'ActionItem')).toBe(true);
    }
    expect(observer().can('update', attendance({ userId: 'obs' }))).toBe(true);
    expect(observer().can('update', attendance({ userId: 'me' }))).toBe(false);
    expect(delegate().can('update', attendance({ userId: 'me' }))).toBe(true);
    expect(delegate().can('update', attendance({ userId: 'chair' }))).toBe(false);
    expect(chair().can('update', attendance({ userId: 'me' }))).toBe(false);
  });

  it('keeps meetings, agendas, decisions and action items in the hands of chairs and admins', () => {
    for (const ability of [delegate(), observer()]) {
      expect(ability.can('create', 'Meeting')).toBe(false);
      expect(ability.can('update', 'Meeting')).toBe(false);
      expect(ability.can('publish', 'Meeting')).toBe(false);
      expect(ability.can('create', 'AgendaItem')).toBe(false);
      expect(ability.can('update', 'AgendaItem')).toBe(false);
      expect(ability.can('create', 'Decision')).toBe(false);
      expect(ability.can('create', 'ActionItem')).toBe(false);
      expect(ability.can('update', 'ActionItem')).toBe(false);
    }
    for (const ability of [chair(), admin()]) {
      expect(ability.can('create', 'Meeting')).toBe(true);
      expect(ability.can('publish', 'Meeting')).toBe(true);
      expect(ability.can('delete', 'AgendaItem')).toBe(true);
      expect(ability.can('create', 'Decision')).toBe(true);
      expect(ability.can('update', 'ActionItem')).toBe(true);
    }
  });

  it('shows the roster and sends reminders only for chairs and admins', () => {
    expect(delegate().can('read', attendance({ userId: 'someone-else' }))).toBe(false);
    expect(delegate().can('remind', 'Attendance')).toBe(false);
    expect(observer().can('remind', 'Attendance')).toBe(false);
    expect(chair().can('read', attendance({ userId: 'someone-else' }))).toBe(true);
    expect(chair().can('remind', 'Attendance')).toBe(true);
    expect(admin().can('remind', 'Attendance')).toBe(true);
  });

  it('keeps draft minutes with the chair, opens circulated ones for comment, and locks approved ones', () => {
    for (const ability of [delegate(), observer()]) {
      expect(ability.can('read', minutes({ status: 'DRAFT' }))).toBe(false);
      expect(ability.can('read', minutes({ status: 'CIRCULATED' }))).toBe(true);
      expect(ability.can('read', minutes({ status: 'APPROVED' }))).toBe(true);
      expect(ability.can('update', minutes({ status: 'DRAFT' }))).toBe(false);
      expect(ability.can('approve', minutes({ status: 'CIRCULATED' }))).toBe(false);
    }
    expect(delegate().can('comment', minutes({ status: 'CIRCULATED' }))).toBe(true);
    expect(delegate().can('comment', minutes({ status: 'APPROVED' }))).toBe(false);
    expect(observer().can('comment', minutes({ status: 'CIRCULATED' }))).toBe(false);
    for (const ability of [chair(), admin()]) {
      expect(ability.can('read', minutes({ status: 'DRAFT' }))).toBe(true);
      expect(ability.can('update', minutes({ status: 'DRAFT' }))).toBe(true);
      expect(ability.can('update', minutes({ status: 'CIRCULATED' }))).toBe(true);
      expect(ability.can('update', minutes({ status: 'APPROVED' }))).toBe(false);
      expect(ability.can('circulate', minutes({ status: 'DRAFT' }))).toBe(true);
      expect(ability.can('circulate', minutes({ status: 'CIRCULATED' }))).toBe(false);
      expect(ability.can('approve', minutes({ status: 'CIRCULATED' }))).toBe(true);
      expect(ability.can('approve', minutes({ status: 'DRAFT' }))).toBe(false);
      expect(ability.can('approve', minutes({ status: 'APPROVED' }))).toBe(false);
    }
  });

  it('lets the owner of an action item, member or delegation, report progress on it', () => {
    const ownedByMe = actionItem({ ownerUserId: 'me', ownerDelegationId: null });
    const ownedByDenmark = actionItem({ ownerUserId: null, ownerDelegationId: 'dk' });
    const ownedByEstonia = actionItem({ ownerUserId: null, ownerDelegationId: 'ee' });
    const ownedBySomeoneElse = actionItem({ ownerUserId: 'other', ownerDelegationId: null });
    expect(delegate().can('updateStatus', ownedByMe)).toBe(true);
    expect(delegate().can('updateStatus', ownedByDenmark)).toBe(true);
    expect(delegate().can('updateStatus', ownedByEstonia)).toBe(false);
    expect(delegate().can('updateStatus', ownedBySomeoneElse)).toBe(false);
    // Reporting progress is not editing the item.
    expect(delegate().can('update', ownedByMe)).toBe(false);
    // An observer reports on items they own themselves, not on their delegation's.
    expect(observer().can('updateStatus', actionItem({ ownerUserId: 'obs', ownerDelegationId: null }))).toBe(
      true,
    );
    expect(observer().can('updateStatus', actionItem({ ownerUserId: null, ownerDelegationId: 'ec' }))).toBe(
      false,
    );
    expect(chair().can('updateStatus', ownedByEstonia)).toBe(true);
    expect(admin().can('updateStatus', ownedBySomeoneElse)).toBe(true);
  });

  it('gives nothing about meetings to members who may not participate', () => {
    const suspended = defineAbilityFor(
      actor({ roles: ['CHAIR', 'DELEGATE'], delegationStatus: 'SUSPENDED' }),
    );
    expect(suspended.can('read', 'Meeting')).toBe(false);
    expect(suspended.can('update', attendance({ userId: 'me' }))).toBe(false);
  });
});
