import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../testing/render-app';

const HEALTH = { status: 'ok', version: '9.9.9', uptimeSeconds: 1 };

beforeEach(() => {
  mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
    'GET /api/health': json(HEALTH),
  });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
  document.title = '';
});

const homeHeading = () => screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });

describe('Layout', () => {
  it('starts with a skip link that leads to the main content', async () => {
    renderApp('/');
    await homeHeading();

    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveTextContent('Skip to main content');
    expect(links[0]).toHaveAttribute('href', '#main');
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');
    // Focusable from script, so that following the skip link moves focus there.
    expect(main).toHaveAttribute('tabindex', '-1');
  });

  it('has one banner, one footer and a navigation named Main with the current page marked', async () => {
    renderApp('/');
    await homeHeading();

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    const home = within(navigation).getByRole('link', { name: 'Home' });
    expect(home).toHaveAttribute('href', '/');
    expect(home).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Directory' })).toHaveAttribute('href', '/directory');
  });

  it('marks one current item: Reports for the report pages, Regional overview for the overview under them', async () => {
    const { router } = renderApp('/');
    await homeHeading();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    const reports = within(navigation).getByRole('link', { name: 'Reports' });
    const overview = within(navigation).getByRole('link', { name: 'Regional overview' });

    await act(() => router.navigate('/reports/overview'));
    expect(overview).toHaveAttribute('aria-current', 'page');
    expect(reports).not.toHaveAttribute('aria-current', 'page');

    await act(() => router.navigate('/reports/new'));
    expect(reports).toHaveAttribute('aria-current', 'page');
    expect(overview).not.toHaveAttribute('aria-current', 'page');
  });

  it('shows the member their name, opening a menu with their pages and "Sign out"', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await homeHeading();

    const menuButton = screen.getByRole('button', { name: 'Account menu for Laura Korhonen' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Sessions' })).not.toBeInTheDocument();

    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Profile' })).toHaveAttribute('href', '/profile');
    expect(screen.getByRole('link', { name: 'Sessions' })).toHaveAttribute('href', '/profile/sessions');
    expect(screen.getByRole('link', { name: 'Two-factor sign-in' })).toHaveAttribute(
      'href',
      '/profile/two-factor',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
  });

  it('shows the not-found page, inside the layout, for an unknown address', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('There is no page at /no/such/page.');
    expect(document.title).toBe('Page not found · EGCC Portal');
    const home = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Home' });
    expect(home).not.toHaveAttribute('aria-current');
  });

  it('leaves focus alone on the first page, then moves it to the new h1 after a navigation', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));

    const heading = await homeHeading();
    expect(router.state.location.pathname).toBe('/');
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Home · EGCC Portal');
    expect(await screen.findByText('The portal is running (version 9.9.9).')).toHaveRole('status');
  });

  it('moves focus to the h1 when going back, too', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    await homeHeading();

    await act(() => router.navigate(-1));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus();
  });
});
