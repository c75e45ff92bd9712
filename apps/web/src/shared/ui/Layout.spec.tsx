import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../app/router';

const HEALTH = { status: 'ok', version: '9.9.9', uptimeSeconds: 1 };

beforeEach(() => {
  // The home page asks the API for its health; jsdom has no fetch to ask with.
  globalThis.fetch = jest.fn(
    async () => new Response(JSON.stringify(HEALTH), { headers: { 'content-type': 'application/json' } }),
  );
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
  document.title = '';
});

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('Layout', () => {
  it('starts with a skip link that leads to the main content', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });

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
    await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    const home = within(navigation).getByRole('link', { name: 'Home' });
    expect(home).toHaveAttribute('href', '/');
    expect(home).toHaveAttribute('aria-current', 'page');
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
    const router = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });
    expect(router.state.location.pathname).toBe('/');
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Home · EGCC Portal');
    expect(await screen.findByRole('status')).toHaveTextContent('The portal is running (version 9.9.9).');
  });

  it('moves focus to the h1 when going back, too', async () => {
    const user = userEvent.setup();
    const router = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });

    await act(() => router.navigate(-1));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus();
  });
});
