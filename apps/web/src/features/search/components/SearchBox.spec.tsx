import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { makeSuggestion } from './search-fixtures';

const FOSTER = makeSuggestion({
  title: 'Too few foster families',
  context: 'Thread',
  url: '/discussions/t-1',
});
const REPORT = makeSuggestion({
  type: 'REPORT',
  title: 'Denmark: national report, 2026 H1',
  context: 'Denmark: national report, 2026 H1',
  url: '/reports/r-1#gaps',
});

function stubApi(suggestions = [FOSTER, REPORT]) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
    'GET /api/health': json({ status: 'ok', version: '9.9.9', uptimeSeconds: 1 }),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/search/suggestions': ({ url }) =>
      json({ items: url.searchParams.get('q') === 'nothing' ? [] : suggestions }),
  });
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
  document.title = '';
});

const box = () => screen.getByRole('combobox', { name: 'Search the portal' });
const home = () => screen.findByRole('heading', { level: 1, name: 'Welcome to the EGCC Portal' });

describe('the search box', () => {
  it('is focused by "/" outside fields, while "/" typed in a field stays a character', async () => {
    const user = userEvent.setup();
    stubApi();
    renderApp('/');
    await home();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).toHaveAttribute('aria-keyshortcuts', '/');

    await user.keyboard('/');
    expect(box()).toHaveFocus();
    expect(box()).toHaveValue('');

    await user.type(box(), 'a/b');
    expect(box()).toHaveValue('a/b');
  });

  it('suggests as you type; the arrows highlight, Enter opens the highlighted one, and the count is said', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    const { router } = renderApp('/');
    await home();

    await user.keyboard('/');
    await user.keyboard('foste');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    await waitFor(() => expect(box()).toHaveAttribute('aria-expanded', 'true'));
    expect(box()).toHaveAttribute('aria-controls', listbox.id);
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Too few foster familiesThread',
      'Denmark: national report, 2026 H1Denmark: national report, 2026 H1',
    ]);
    expect(
      await screen.findByText('2 suggestions. Use the up and down arrows to choose one, Enter to open it.'),
    ).toBeInTheDocument();
    // Debounced: one request for the word typed in one go, not one per letter.
    const asked = api.calls.filter((call) => call.path === '/api/v1/search/suggestions');
    expect(asked).toHaveLength(1);
    expect(box()).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/r-1'));
    expect(router.state.location.hash).toBe('#gaps');
    expect(box()).toHaveValue('');
    // The report (not stubbed here) has loaded, and the new page has taken focus as pages do,
    // before the member types again (on a busy machine the page can settle late).
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();

    // The same words again start with nothing highlighted: Enter searches.
    await user.click(box());
    await user.keyboard('foste');
    await waitFor(() => expect(box()).toHaveAttribute('aria-expanded', 'true'));
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
  });

  it('goes to the results page on Enter when no suggestion is highlighted', async () => {
    const user = userEvent.setup();
    stubApi();
    const { router } = renderApp('/');
    await home();

    await user.type(box(), 'foster care');
    await waitFor(() => expect(box()).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=foster%20care');
  });

  it('says when nothing is suggested, and keeps the list closed', async () => {
    const user = userEvent.setup();
    stubApi();
    renderApp('/');
    await home();

    await user.type(box(), 'nothing');
    expect(await screen.findByText('No suggestions. Press Enter to search.')).toBeInTheDocument();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('Escape closes the suggestions, then empties the box, then goes back to where "/" was pressed', async () => {
    const user = userEvent.setup();
    stubApi();
    renderApp('/');
    await home();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    skipLink.focus();

    await user.keyboard('/');
    expect(box()).toHaveFocus();
    await user.keyboard('foster');
    await waitFor(() => expect(box()).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    expect(box()).toHaveValue('foster');
    expect(box()).toHaveFocus();

    // Down opens them again.
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{Escape}');

    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    expect(box()).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(skipLink).toHaveFocus();
  });

  it('opens a suggestion chosen with the pointer', async () => {
    const user = userEvent.setup();
    stubApi();
    const { router } = renderApp('/');
    await home();

    await user.type(box(), 'foster');
    await user.click(await screen.findByRole('option', { name: /^Denmark/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/r-1'));
  });
});
