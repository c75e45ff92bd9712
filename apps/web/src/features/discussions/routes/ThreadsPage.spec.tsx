import type { ThreadSummary } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';

const METTE = {
  id: '0190a4c2-0000-7000-8000-00000000d001',
  name: 'Mette Nielsen',
  handle: 'delegate.dk',
  delegation: { code: 'dk', name: 'Denmark' },
};
const KADRI = {
  id: '0190a4c2-0000-7000-8000-00000000e001',
  name: 'Kadri Tamm',
  handle: 'delegate.ee',
  delegation: { code: 'ee', name: 'Estonia' },
};

function thread(overrides: Partial<ThreadSummary> & { id: string; title: string }): ThreadSummary {
  return {
    author: METTE,
    focusAreas: [],
    gapKinds: [],
    delegations: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    lastPostAt: '2026-11-21T10:00:00.000Z',
    lastPoster: KADRI,
    replyCount: 2,
    unreadCount: 0,
    seen: true,
    pinned: false,
    locked: false,
    subscription: null,
    ...overrides,
  };
}

const PINNED = thread({
  id: '0190a4c2-0000-7000-8000-0000000a0001',
  title: 'How do you hear children when preparing national reports?',
  pinned: true,
});
const FOSTER = thread({
  id: '0190a4c2-0000-7000-8000-0000000a0002',
  title: 'Too few foster families',
  unreadCount: 3,
});
const GUARDIANS = thread({
  id: '0190a4c2-0000-7000-8000-0000000a0003',
  title: 'Guardians for unaccompanied children',
  author: KADRI,
  seen: false,
  unreadCount: 5,
});

const REFERENCE = json({
  focusAreas: [
    {
      code: 'ALTERNATIVE_CARE',
      name: 'Children in alternative care',
      description: 'Foster and residential care',
      position: 0,
    },
  ],
  measureKinds: [],
  gapKinds: [{ code: 'CAPACITY', name: 'Capacity', description: 'Too few people or places' }],
  uncrcArticles: [],
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const FOLLOW = {
  id: '0190a4c2-0000-7000-8000-0000000b0001',
  focusArea: 'ALTERNATIVE_CARE',
  gapKind: null,
  delegation: null,
};

function stubApi(roles: ('DELEGATE' | 'OBSERVER')[] = ['DELEGATE']) {
  let follows: (typeof FOLLOW)[] = [];
  return mockApi({
    'GET /api/v1/tag-subscriptions': () => json(follows),
    'POST /api/v1/tag-subscriptions': () => {
      follows = [FOLLOW];
      return json(follows, 201);
    },
    [`DELETE /api/v1/tag-subscriptions/${FOLLOW.id}`]: () => {
      follows = [];
      return { status: 204 };
    },
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reference': REFERENCE,
    'GET /api/v1/delegations': json([]),
    'GET /api/v1/threads': ({ url }) => {
      const author = url.searchParams.get('author');
      if (author) {
        const mine = [FOSTER, GUARDIANS].filter((t) => t.author?.id === author);
        return json({ items: mine, pinned: [], nextCursor: null });
      }
      if (url.searchParams.get('cursor') === 'page-2')
        return json({ items: [GUARDIANS], pinned: [], nextCursor: null });
      return json({ items: [FOSTER], pinned: [PINNED], nextCursor: 'page-2' });
    },
  });
}

const threadList = () => screen.getByRole('list', { name: 'Threads' });
const threadsCalls = (api: ReturnType<typeof mockApi>) =>
  api.calls.filter((call) => call.method === 'GET' && call.path === '/api/v1/threads');

describe('the thread list', () => {
  it('says what is new in each thread, and pages on with the cursor', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp('/discussions');

    expect(await screen.findByRole('heading', { level: 1, name: 'Discussions' })).toBeInTheDocument();
    const items = within(threadList()).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      PINNED.title,
      FOSTER.title,
    ]);
    // The badge says "3 new"; a screen reader hears it as a sentence.
    expect(within(items[1] as HTMLElement).getByText('3 new posts')).toHaveClass('visually-hidden');
    expect(within(items[1] as HTMLElement).getByText('3 new')).toHaveAttribute('aria-hidden', 'true');
    expect(items[1]).toHaveTextContent('Last post by Kadri Tamm (Estonia)');

    await user.click(screen.getByRole('button', { name: 'Show more threads' }));
    expect(await within(threadList()).findByRole('heading', { name: GUARDIANS.title })).toBeInTheDocument();
    expect(within(threadList()).getByText('New thread, not opened yet')).toBeInTheDocument();
    const asked = (globalThis.fetch as jest.Mock).mock.calls.map(
      ([input]) => new URL(String(input), 'http://localhost'),
    );
    expect(
      asked.filter((url) => url.pathname === '/api/v1/threads').map((url) => url.searchParams.get('cursor')),
    ).toEqual([null, 'page-2']);
    expect(threadsCalls(api)).toHaveLength(2);
    expect(screen.getByText('Showing 3 threads (all of them).')).toBeInTheDocument();
  });

  it('filters by author from an author’s name, keeps it in the address, and drops it again', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    const { router } = renderApp('/discussions');
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });

    const fosterItem = within(threadList())
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes(FOSTER.title)) as HTMLElement;
    await user.click(
      within(fosterItem).getByRole('link', { name: 'Threads started by Mette Nielsen (Denmark)' }),
    );

    await waitFor(() => expect(router.state.location.search).toBe(`?author=${METTE.id}`));
    const search = screen.getByRole('search', { name: 'Filter the threads' });
    expect(await within(search).findByText(/^Started by/)).toHaveTextContent(
      'Started by Mette Nielsen (Denmark)',
    );
    expect(within(threadList()).getAllByRole('listitem')).toHaveLength(1);
    const fetched = api.calls.filter((call) => call.path === '/api/v1/threads');
    expect(fetched.length).toBeGreaterThanOrEqual(2);

    // Another filter applied on top keeps the author.
    await user.click(within(search).getByRole('checkbox', { name: 'Only with new posts' }));
    await user.click(within(search).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('unread')).toBe('true'));
    expect(new URLSearchParams(router.state.location.search).get('author')).toBe(METTE.id);

    await user.click(within(search).getByRole('button', { name: 'Show threads by anyone' }));
    await waitFor(() => expect(router.state.location.search).toBe('?unread=true'));
    await waitFor(() => expect(within(search).queryByText(/^Started by/)).not.toBeInTheDocument());
  });

  it('sends the author filter to the API', async () => {
    const api = stubApi();
    const fetchSpy = globalThis.fetch as jest.Mock;
    renderApp(`/discussions?author=${KADRI.id}`);
    expect(
      await within(await screen.findByRole('list', { name: 'Threads' })).findByText(GUARDIANS.title),
    ).toBeInTheDocument();
    const urls = fetchSpy.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));
    expect(urls.find((url) => url.pathname === '/api/v1/threads')?.searchParams.get('author')).toBe(KADRI.id);
    expect(threadsCalls(api)).toHaveLength(1);
    expect(
      within(screen.getByRole('search', { name: 'Filter the threads' })).getByText(/^Started by/),
    ).toHaveTextContent('Started by Kadri Tamm (Estonia)');
  });

  it('offers an observer no "New thread"', async () => {
    stubApi(['OBSERVER']);
    renderApp('/discussions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Discussions' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New thread' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeInTheDocument();
  });

  it('follows the tag the list is filtered by, and stops following it', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp('/discussions?focusArea=ALTERNATIVE_CARE');
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });

    const follow = await screen.findByRole('button', { name: 'Follow this focus area' });
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    expect(
      screen.getByText(/^Follow the focus area “Children in alternative care” to be told/),
    ).toBeInTheDocument();
    await user.click(follow);
    await waitFor(() => expect(follow).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText(/^You follow the focus area “Children in alternative care”/)).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({ focusArea: 'ALTERNATIVE_CARE' });
    expect(screen.getByRole('link', { name: 'Tags you follow' })).toHaveAttribute(
      'href',
      '/profile/notifications',
    );

    await user.click(follow);
    await waitFor(() => expect(follow).toHaveAttribute('aria-pressed', 'false'));
    expect(api.calls.some((call) => call.method === 'DELETE')).toBe(true);
  });

  it('offers no tag to follow when the list is not filtered by exactly one tag', async () => {
    const api = stubApi();
    renderApp('/discussions?focusArea=ALTERNATIVE_CARE&gapKind=CAPACITY');
    await screen.findByRole('heading', { level: 1, name: 'Discussions' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /^Follow this/ })).not.toBeInTheDocument();
    expect(api.calls.some((call) => call.path === '/api/v1/tag-subscriptions')).toBe(false);
  });
});
