import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem, renderApp } from '../../../testing/render-app';

const TOKEN = 'k'.repeat(43);
const signedOut = problem(401, 'UNAUTHENTICATED', 'Please sign in.');

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

describe('the reset-password page', () => {
  it('reads the token from the link, takes it out of the address, and shows whose password it is', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/v1/auth/session': signedOut,
      'POST /api/v1/password-resets/inspect': json({
        email: 'laura@egcc.example',
        expiresAt: '2026-11-28T12:00:00Z',
      }),
      'POST /api/v1/password-resets/confirm': { status: 204 },
    });
    const { router } = renderApp(`/reset-password#token=${TOKEN}`);

    expect(await screen.findByText('laura@egcc.example')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(api.calls.find((call) => call.path === '/api/v1/password-resets/inspect')?.body).toEqual({
      token: TOKEN,
    });

    await user.type(screen.getByLabelText('New password'), 'Harbour lantern orbit maple');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/Your password has been changed/)).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toHaveValue('laura@egcc.example');
    expect(api.calls.find((call) => call.path === '/api/v1/password-resets/confirm')?.body).toEqual({
      token: TOKEN,
      password: 'Harbour lantern orbit maple',
    });
  });

  it('says plainly when a link has expired, and offers a new one', async () => {
    mockApi({
      'GET /api/v1/auth/session': signedOut,
      'POST /api/v1/password-resets/inspect': problem(
        404,
        'NOT_FOUND',
        'This link has expired. Ask for a new one from the sign-in page.',
      ),
    });
    renderApp(`/reset-password#token=${TOKEN}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This link has expired. Ask for a new one from the sign-in page.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('shows the password rules of the API beside the field', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/v1/auth/session': signedOut,
      'POST /api/v1/password-resets/inspect': json({
        email: 'laura@egcc.example',
        expiresAt: '2026-11-28T12:00:00Z',
      }),
      'POST /api/v1/password-resets/confirm': problem(400, 'VALIDATION_FAILED', 'The request is not valid', [
        {
          in: 'body',
          pointer: '/password',
          detail: 'must not be made of your name or e-mail address',
          code: 'weak_password',
        },
      ]),
    });
    renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(await screen.findByLabelText('New password'), 'laura laura laura');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));

    const field = screen.getByLabelText('New password');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'New password must not be made of your name or e-mail address',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Error: New password must not be made of your name or e-mail address'),
    );
  });
});
