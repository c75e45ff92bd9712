import type { SearchResults } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, problem, renderApp } from '../../../testing/render-app';
import { makeHit, makeResults } from '../components/search-fixtures';

const REFERENCE = {
  focusAreas: [
    { code: 'ALTERNATIVE_CARE', name: 'Children in alternative care', description: '', position: 1 },
  ],
  measureKinds: [],
  gapKinds: [{ code: 'CAPACITY', name: 'Capacity', description: '' }],
  uncrcArticles: [],
};
const DENMARK = {
  id: '0190a4c2-0000-7000-8000-0000000000d1',
  code: 'dk',
  name: 'Denmark',
  nativeName: 'Danmark',
  kind: 'MEMBER_STATE',
  membershipStatus: 'ACTIVE',
  statusSince: null,
  memberCount: 1,
  ministries: [],
};
const PERIOD = {
  id: '0190a4c2-0000-7000-8000-0000000000e1',
  code: '2026-H1',
  label: '2026, first half',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  dueOn: null,
};

function stubApi(search: (url: URL) => ReturnType<typeof json>) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reference': json(REFERENCE),
    'GET /api/v1/delegations': json([DENMARK]),
    'GET /api/v1/reporting-periods': json([PERIOD]),
    'GET /api/v1/search': ({ url }) => search(url),
  });
}

const searches = (api: ReturnType<typeof mockApi>) =>
  api.calls.filter((call) => call.path === '/api/v1/search');
const results = () => screen.findByRole('list', { name: 'Results' });

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
  document.title = '';
});

describe('the search results page', () => {
  it('shows each result with its kind, title, section, context, date and the matched words marked', async () => {
    const thread = makeHit({
      type: 'POST',
      title: 'Barnahus outside the capitals',
      section: null,
      url: '/discussions/t-2#post-p-1',
      snippet: [
        { text: '<img src=x onerror=alert(1)> mobile teams and ', match: false },
        { text: 'Barnahus', match: true },
      ],
      delegation: null,
      author: {
        id: '0190a4c2-0000-7000-8000-0000000000a1',
        name: 'Guðrún Jónsdóttir',
        handle: 'gudrun',
        delegation: { code: 'is', name: 'Iceland' },
      },
      date: '2026-11-03T09:00:00.000Z',
    });
    stubApi(() =>
      json(
        makeResults({
          items: [makeHit(), thread],
          counts: [
            { type: 'REPORT', count: 1, capped: false },
            { type: 'POST', count: 1000, capped: true },
            { type: 'MEMBER', count: 0, capped: false },
          ],
        }),
      ),
    );
    renderApp('/search?q=foster');

    const list = await results();
    expect(document.title).toBe('Search: foster · EGCC Portal');
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue('foster');
    expect(screen.getByRole('heading', { level: 2, name: 'Results for “foster”' })).toBeInTheDocument();
    expect(screen.getByText('1,001+ results')).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Results by kind' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Report sections: 1', 'Posts: 1,000+']);

    const [report, post] = within(list).getAllByRole('listitem');
    expect(within(report!).getByText('Report section')).toBeInTheDocument();
    expect(
      within(report!).getByRole('link', { name: 'Denmark: national report, 2026 H1 — Gaps' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/reports\/.+#gaps$/));
    expect(within(report!).getByText('30 June 2026')).toHaveAttribute('datetime', '2026-06-30T10:00:00.000Z');
    expect(report!).toHaveTextContent('Denmark · 30 June 2026');
    const marks = report!.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['foster']);
    expect(within(report!).getByText(/families for teenagers/)).toHaveTextContent(
      'Too few foster families for teenagers and for sibling groups.',
    );

    expect(within(post!).getByRole('link', { name: 'Barnahus outside the capitals' })).toHaveAttribute(
      'href',
      '/discussions/t-2#post-p-1',
    );
    expect(post!).toHaveTextContent('Guðrún Jónsdóttir (Iceland) · 3 November 2026');
    // Text from the API stays text.
    expect(post!.querySelector('img')).toBeNull();
    expect(within(post!).getByText(/onerror=alert/)).toBeInTheDocument();
    expect(post!.querySelector('mark')).toHaveTextContent('Barnahus');
  });

  it('keeps the query and the filters in the address and sends them to the API', async () => {
    const user = userEvent.setup();
    const api = stubApi(() => json(makeResults()));
    const { router } = renderApp('/search?q=foster');
    await results();

    await user.click(screen.getByText('Filters'));
    await user.click(screen.getByRole('checkbox', { name: 'Threads' }));
    await user.click(screen.getByRole('checkbox', { name: 'Report sections' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Delegation' }), 'dk');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus area' }), 'ALTERNATIVE_CARE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Gap' }), 'CAPACITY');
    await user.selectOptions(screen.getByRole('combobox', { name: /Reporting period/ }), '2026-H1');
    await user.type(screen.getByLabelText(/^From/), '2026-01-01');
    await user.type(screen.getByLabelText(/^To/), '2026-06-30');
    await user.type(screen.getByRole('textbox', { name: /Author/ }), '@mette');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(searches(api)).toHaveLength(2));
    await waitFor(() => expect(router.state.location.search).not.toBe('?q=foster'));
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      q: 'foster',
      types: 'REPORT,THREAD',
      delegation: 'dk',
      focusArea: 'ALTERNATIVE_CARE',
      gapKind: 'CAPACITY',
      period: '2026-H1',
      from: '2026-01-01',
      to: '2026-06-30',
      author: '@mette',
    });
    const fetchMock = globalThis.fetch as jest.Mock;
    const lastUrl = new URL(String(fetchMock.mock.calls.at(-1)![0]), 'http://localhost');
    expect(Object.fromEntries(lastUrl.searchParams)).toEqual({
      q: 'foster',
      types: 'REPORT,THREAD',
      delegation: 'dk',
      focusArea: 'ALTERNATIVE_CARE',
      gapKind: 'CAPACITY',
      period: '2026-H1',
      from: '2026-01-01',
      to: '2026-06-30',
      author: 'mette',
      limit: '20',
    });
    await waitFor(() =>
      expect(screen.getByText(/^Filters/, { selector: 'summary' })).toHaveTextContent('Filters (8 applied)'),
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=foster'));
  });

  it('counts the results of the kinds asked for, and shows the matches of every kind', async () => {
    stubApi(() =>
      json(
        makeResults({
          items: [makeHit({ type: 'THREAD', section: null })],
          counts: [
            { type: 'REPORT', count: 8, capped: false },
            { type: 'THREAD', count: 1, capped: false },
            { type: 'POST', count: 6, capped: false },
          ],
        }),
      ),
    );
    renderApp('/search?q=foster&types=THREAD');

    await results();
    expect(screen.getByText('1 result')).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Results by kind' });
    expect(within(counts).getAllByRole('listitem')).toHaveLength(3);
  });

  it('pages with the cursor: "Show more results" adds the next page', async () => {
    const user = userEvent.setup();
    const first = makeHit({ title: 'Estonia: national report, 2026 H1' });
    const second = makeHit({ title: 'Finland: national report, 2026 H1' });
    const api = stubApi((url) =>
      json(
        url.searchParams.get('cursor') === 'page-2'
          ? makeResults({ items: [second], counts: [{ type: 'REPORT', count: 2, capped: false }] })
          : makeResults({
              items: [first],
              nextCursor: 'page-2',
              counts: [{ type: 'REPORT', count: 2, capped: false }],
            }),
      ),
    );
    renderApp('/search?q=report');

    const list = await results();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    const more = screen.getByRole('button', { name: 'Show more results' });
    await user.click(more);

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByRole('link', { name: /^Finland/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 2 results (all of them).')).toBeInTheDocument();
    expect(searches(api)).toHaveLength(2);
  });

  it('says when nothing is found, and how to find more', async () => {
    stubApi(() => json({ items: [], nextCursor: null, counts: [] } satisfies SearchResults));
    renderApp('/search?q=zzzz&types=MEMBER');

    expect(await screen.findByText('Nothing found for “zzzz” with these filters.')).toBeInTheDocument();
    expect(screen.getByText('Clear the filters, or choose fewer of them.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Results' })).not.toBeInTheDocument();
  });

  it("shows the API's 400 next to the field it is about", async () => {
    const api = stubApi(() =>
      problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
        { in: 'query', pointer: '/q', detail: 'cannot be only excluded words', code: 'custom' },
      ]),
    );
    renderApp('/search?q=-foster');

    const field = await screen.findByRole('searchbox', { name: 'Search for' });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Search for cannot be only excluded words')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Results' })).not.toBeInTheDocument();
    // Asked once: a 400 is not retried.
    expect(searches(api)).toHaveLength(1);
  });

  it('checks the query before sending it: too long, or dates the wrong way round', async () => {
    const api = stubApi(() => json(makeResults()));
    renderApp(`/search?q=${'a'.repeat(301)}&from=2026-06-01&to=2026-01-01`);

    expect(await screen.findByText('Search for must be at most 300 characters')).toBeInTheDocument();
    expect(screen.getByText('To must not be before the From date')).toBeInTheDocument();
    expect(searches(api)).toHaveLength(0);
  });

  it('offers tips before anything is searched, and searches what is typed', async () => {
    const user = userEvent.setup();
    const api = stubApi(() => json(makeResults()));
    const { router } = renderApp('/search');

    expect(await screen.findByRole('heading', { level: 2, name: 'What you can search' })).toBeInTheDocument();
    expect(document.title).toBe('Search · EGCC Portal');
    expect(searches(api)).toHaveLength(0);

    await user.type(screen.getByRole('searchbox', { name: 'Search for' }), 'foster care{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=foster+care'));
    expect(await results()).toBeInTheDocument();
  });
});
