import { screen, within } from '@testing-library/react';
import { json, makeSession, mockApi, problem, renderApp } from '../../testing/render-app';

const HEALTH = json({ status: 'ok', version: '1.0.0', uptimeSeconds: 1 });

const DELEGATIONS = json([
  {
    id: '0190a4c2-0000-7000-8000-0000000000f1',
    code: 'fi',
    name: 'Finland',
    nativeName: 'Suomi',
    kind: 'MEMBER_STATE',
    membershipStatus: 'ACTIVE',
    statusSince: null,
    memberCount: 2,
    ministries: [],
  },
]);

function memberDetail(id: string, name: string, roles: string[]) {
  return {
    id,
    name,
    title: null,
    email: `${name.split(' ')[0]?.toLowerCase()}@egcc.example`,
    roles,
    status: 'ACTIVE',
    delegation: null,
    ministry: null,
    appointedOn: null,
    termEndsOn: null,
    lastSignInAt: null,
    deactivatedAt: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    twoFactorEnabled: false,
  };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

describe('what the navigation offers', () => {
  it('shows the Admin section to the secretariat', async () => {
    mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: ['ADMIN'] })),
      'GET /api/health': HEALTH,
    });
    renderApp('/');

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Admin' })).toBeInTheDocument();
  });

  it.each([
    ['an observer', 'OBSERVER'],
    ['a delegate', 'DELEGATE'],
    ['the chair', 'CHAIR'],
  ] as const)('hides the Admin section from %s', async (_who, role) => {
    const roles = role === 'CHAIR' ? (['CHAIR', 'DELEGATE'] as const) : ([role] as const);
    mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: [...roles] })),
      'GET /api/health': HEALTH,
    });
    renderApp('/');

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(navigation)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Discussions',
      'Reports',
      'Regional overview',
      'Meetings',
      'Action items',
      'Directory',
      'Notifications',
    ]);
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('shows an observer who opens an admin page that it is not for them, as the API says', async () => {
    const api = mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: ['OBSERVER'] })),
      'GET /api/v1/members': problem(403, 'FORBIDDEN', 'Not allowed'),
      'GET /api/v1/delegations': DELEGATIONS,
    });
    renderApp('/admin/members');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(api.calls.some((call) => call.path === '/api/v1/members')).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'Admin' })).not.toBeInTheDocument();
  });
});

describe('editing a member', () => {
  const adminId = '0190a4c2-0000-7000-8000-00000000000a';

  it('offers the roles and deactivation of another member', async () => {
    const otherId = '0190a4c2-0000-7000-8000-00000000000b';
    mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: ['ADMIN'], id: adminId, name: 'Astrid Holm' })),
      [`GET /api/v1/members/${otherId}`]: json(memberDetail(otherId, 'Claire Dubois', ['OBSERVER'])),
      'GET /api/v1/delegations': DELEGATIONS,
    });
    renderApp(`/admin/members/${otherId}`);

    await screen.findByRole('heading', { level: 1, name: 'Claire Dubois' });
    const roles = screen.getByRole('group', { name: 'Roles' });
    expect(within(roles).getByRole('checkbox', { name: 'Observer' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Deactivate Claire Dubois' })).toBeInTheDocument();
  });

  it('does not offer an administrator their own roles or deactivation', async () => {
    mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: ['ADMIN'], id: adminId, name: 'Astrid Holm' })),
      [`GET /api/v1/members/${adminId}`]: json(memberDetail(adminId, 'Astrid Holm', ['ADMIN'])),
      'GET /api/v1/delegations': DELEGATIONS,
    });
    renderApp(`/admin/members/${adminId}`);

    await screen.findByRole('heading', { level: 1, name: 'Astrid Holm' });
    expect(screen.queryByRole('group', { name: 'Roles' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText(/You cannot change your own roles/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(screen.getByText('You cannot deactivate your own account.')).toBeInTheDocument();
  });
});
