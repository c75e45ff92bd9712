import { type Actor, defineAbilityFor, member, post, report, rulesFor, session, thread } from './policy';

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
