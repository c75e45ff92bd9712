import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, problem, renderApp } from '../../testing/render-app';

const DELEGATIONS = [
  {
    id: '0190a4c2-0000-7000-8000-000000000011',
    code: 'fi',
    name: 'Finland',
    nativeName: 'Suomi',
    kind: 'MEMBER_STATE',
    membershipStatus: 'ACTIVE',
    statusSince: null,
    memberCount: 2,
    ministries: [],
  },
];

const signedOut = problem(401, 'UNAUTHENTICATED', 'Please sign in.');

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

describe('signing in first', () => {
  it('sends a visitor to the sign-in page, which returns to the page asked for', async () => {
    mockApi({ 'GET /api/v1/auth/session': signedOut });
    const { router } = renderApp('/directory/fi?tab=members');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fdirectory%2Ffi%3Ftab%3Dmembers');
    // Signed out, there is nothing to navigate to.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('signs in and goes on to the page asked for, sending the CSRF token from then on', async () => {
    const user = userEvent.setup();
    const session = makeSession();
    let signedIn = false;
    const api = mockApi({
      'GET /api/v1/auth/session': () => (signedIn ? json(session) : signedOut),
      'POST /api/v1/auth/sign-in': () => {
        signedIn = true;
        return json({ status: 'signed_in', session });
      },
      'GET /api/v1/delegations': json(DELEGATIONS),
      'POST /api/v1/auth/sign-out': { status: 204 },
    });
    const { router } = renderApp('/directory');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await user.type(screen.getByLabelText('E-mail address'), ' Laura@EGCC.example ');
    await user.type(screen.getByLabelText('Password'), 'a long pass phrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Directory' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/directory');
    const signIn = api.calls.find((call) => call.path === '/api/v1/auth/sign-in');
    // The contract's schema trims and lowers the address before it is sent.
    expect(signIn?.body).toEqual({ email: 'laura@egcc.example', password: 'a long pass phrase' });
    expect(signIn?.headers.get('x-csrf-token')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Account menu/ }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe('/sign-in'),
    );
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    const signOut = api.calls.find((call) => call.path === '/api/v1/auth/sign-out');
    expect(signOut?.headers.get('x-csrf-token')).toBe(session.csrfToken);
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('asks for the second factor when the account uses one', async () => {
    const user = userEvent.setup();
    const session = makeSession();
    const api = mockApi({
      'GET /api/v1/auth/session': signedOut,
      'POST /api/v1/auth/sign-in': json({ status: 'second_factor_required', challenge: 'c'.repeat(40) }),
      'POST /api/v1/auth/sign-in/second-factor': json({ status: 'signed_in', session }),
      'GET /api/health': json({ status: 'ok', version: '1.0.0', uptimeSeconds: 1 }),
    });
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'laura@egcc.example');
    await user.type(screen.getByLabelText('Password'), 'a long pass phrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Enter your sign-in code' });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), 'abcde-12345');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' }),
    ).toBeInTheDocument();
    expect(api.calls.find((call) => call.path === '/api/v1/auth/sign-in/second-factor')?.body).toEqual({
      challenge: 'c'.repeat(40),
      recoveryCode: 'ABCDE-12345',
    });
  });

  it('shows why a sign-in was refused, and keeps the address but not the password', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/v1/auth/session': signedOut,
      'POST /api/v1/auth/sign-in': problem(
        403,
        'FORBIDDEN',
        "Your delegation's participation in the group is suspended or has ended, so you cannot sign in.",
      ),
    });
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'delegate.ru@egcc.example');
    await user.type(screen.getByLabelText('Password'), 'a long pass phrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('suspended or has ended, so you cannot sign in');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('E-mail address')).toHaveValue('delegate.ru@egcc.example');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('goes straight on from the sign-in page when already signed in, but never to another site', async () => {
    mockApi({
      'GET /api/v1/auth/session': json(makeSession()),
      'GET /api/health': json({ status: 'ok', version: '1.0.0', uptimeSeconds: 1 }),
    });
    const { router } = renderApp('/sign-in?next=%2F%2Fevil.example%2Fphish');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('keeps a member who must set up two-factor sign-in on that page', async () => {
    const session = makeSession({ roles: ['ADMIN'], twoFactorSetupRequired: true });
    mockApi({
      'GET /api/v1/auth/session': json(session),
      'GET /api/v1/me': json({
        ...session.member,
        twoFactor: { enabled: false, required: true, recoveryCodesLeft: 0 },
      }),
    });
    const { router } = renderApp('/admin/members');

    expect(await screen.findByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile/two-factor');
    expect(screen.getByText('Set up two-factor sign-in to continue')).toBeInTheDocument();
  });

  it('sends a member whose session ended meanwhile back to sign in, and says why', async () => {
    const user = userEvent.setup();
    let sessionEnded = false;
    mockApi({
      'GET /api/v1/auth/session': () => (sessionEnded ? signedOut : json(makeSession())),
      'GET /api/health': json({ status: 'ok', version: '1.0.0', uptimeSeconds: 1 }),
      'GET /api/v1/delegations': () => {
        sessionEnded = true;
        return signedOut;
      },
    });
    const { router } = renderApp('/');
    const navigation = await screen.findByRole('navigation', { name: 'Main' });

    await user.click(within(navigation).getByRole('link', { name: 'Directory' }));

    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Fdirectory');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('notices a session that ended elsewhere when it looks again (on focus), and goes to sign in', async () => {
    let sessionEnded = false;
    mockApi({
      'GET /api/v1/auth/session': () => (sessionEnded ? signedOut : json(makeSession())),
      'GET /api/health': json({ status: 'ok', version: '1.0.0', uptimeSeconds: 1 }),
    });
    const { router, queryClient } = renderApp('/');
    await screen.findByRole('navigation', { name: 'Main' });

    sessionEnded = true;
    await act(() => queryClient.invalidateQueries({ queryKey: ['session'] }));

    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
