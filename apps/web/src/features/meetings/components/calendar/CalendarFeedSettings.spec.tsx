import type { CalendarFeedStatus } from '@egcc/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { json, makeSession, mockApi, renderApp } from '../../../../testing/render-app';
import { MeetingPackLink } from './MeetingPackLink';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const TOKEN_URL =
  'https://portal.example.org/api/v1/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.ics';
const SECOND_URL =
  'https://portal.example.org/api/v1/calendar/ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210_-ZyXwV.ics';

/** axe-core on what is rendered (colour contrast needs a real browser: the e2e tests check it). */
async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.passes.length).toBeGreaterThan(0);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

function stubFeed(initial: CalendarFeedStatus) {
  let status = initial;
  const urls = [TOKEN_URL, SECOND_URL];
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession()),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/me/calendar-feed': () => json(status),
    'POST /api/v1/me/calendar-feed': () => {
      const url = urls.shift() ?? SECOND_URL;
      status = { active: true, issuedAt: '2026-11-29T08:00:00.000Z', lastUsedAt: null };
      return json({ url, webcalUrl: url.replace(/^https:/, 'webcal:') }, 201);
    },
    'DELETE /api/v1/me/calendar-feed': () => {
      status = { active: false, issuedAt: null, lastUsedAt: null };
      return { status: 204 };
    },
  });
}

describe('the calendar feed settings', () => {
  it('creates a feed URL with the keyboard alone and shows it once, to copy or open as webcal', async () => {
    const user = userEvent.setup();
    const api = stubFeed({ active: false, issuedAt: null, lastUsedAt: null });
    renderApp('/profile/calendar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar feed' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Your account' })).getByRole('link', {
        name: 'Calendar feed',
      }),
    ).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Off')).toBeInTheDocument();
    await expectNoAxeViolations();

    const create = screen.getByRole('button', { name: 'Create feed URL' });
    create.focus();
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Your new feed URL' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Feed URL' })).toHaveValue(TOKEN_URL);
    expect(screen.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute(
      'href',
      TOKEN_URL.replace('https:', 'webcal:'),
    );
    expect(screen.getByRole('button', { name: 'Copy the feed URL' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('On')).toBeInTheDocument());
    expect(screen.getByText(/No calendar has fetched it yet/)).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await expectNoAxeViolations();
  });

  it('asks before regenerating, since the old URL stops working, and cancelling changes nothing', async () => {
    const user = userEvent.setup();
    const api = stubFeed({
      active: true,
      issuedAt: '2026-10-01T09:00:00.000Z',
      lastUsedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    });
    renderApp('/profile/calendar');
    expect(await screen.findByText(/A calendar last fetched it 2 hours ago/)).toBeInTheDocument();
    // The URL itself is never shown again.
    expect(screen.queryByRole('textbox', { name: 'Feed URL' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Regenerate feed URL' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make a new feed URL?' });
    expect(dialog).toHaveTextContent('The current URL stops working at once');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Regenerate feed URL' }));
    const again = await screen.findByRole('dialog', { name: 'Make a new feed URL?' });
    await user.click(within(again).getByRole('button', { name: 'Regenerate feed URL' }));
    expect(await screen.findByRole('textbox', { name: 'Feed URL' })).toHaveValue(TOKEN_URL);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your new feed URL' })).toHaveFocus());
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('turns the feed off after confirming, and says so', async () => {
    const user = userEvent.setup();
    const api = stubFeed({ active: true, issuedAt: '2026-10-01T09:00:00.000Z', lastUsedAt: null });
    renderApp('/profile/calendar');
    await user.click(await screen.findByRole('button', { name: 'Turn off feed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off your calendar feed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Turn off feed' }));
    expect(await screen.findByText(/Your calendar feed is off/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Subscribe to the group’s meetings' })).toHaveFocus(),
    );
    expect(await screen.findByRole('button', { name: 'Create feed URL' })).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    await expectNoAxeViolations();
  });
});

describe('the meeting pack link', () => {
  it('downloads the PDF of the meeting and says which agenda it holds', async () => {
    const { container, rerender } = render(
      <MeetingPackLink meeting={{ id: '0190a4c2-0000-7000-8000-00000000a001', agendaVersion: 2 }} />,
    );
    const link = screen.getByRole('link', { name: 'Download meeting pack (PDF)' });
    expect(link).toHaveAttribute('href', '/api/v1/meetings/0190a4c2-0000-7000-8000-00000000a001/pack.pdf');
    expect(link).toHaveAttribute('download');
    expect(screen.getByRole('region', { name: 'Meeting pack' })).toHaveTextContent('(version 2)');
    await expectNoAxeViolations(container);
    rerender(
      <MeetingPackLink meeting={{ id: '0190a4c2-0000-7000-8000-00000000a001', agendaVersion: null }} />,
    );
    expect(screen.getByRole('region', { name: 'Meeting pack' })).toHaveTextContent('(still a draft)');
  });
});
