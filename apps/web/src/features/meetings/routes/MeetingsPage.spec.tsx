import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { makeMeetingSummary } from '../components/meeting-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const UPCOMING = makeMeetingSummary({ myAttendance: 'ONLINE', agendaVersion: 2, status: 'AGENDA_PUBLISHED' });
const CANCELLED = makeMeetingSummary({
  id: '0190a4c2-0000-7000-8000-00000000a002',
  title: 'Extraordinary meeting',
  cancelledAt: '2026-11-20T10:00:00.000Z',
});
const PAST = makeMeetingSummary({
  id: '0190a4c2-0000-7000-8000-00000000a003',
  title: '51st meeting of the Expert Group',
  status: 'MINUTES_APPROVED',
  startsAt: '2026-06-10T07:00:00.000Z',
  endsAt: '2026-06-10T14:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  place: null,
  hostDelegation: null,
});

function stubApi(roles: ('DELEGATE' | 'CHAIR' | 'OBSERVER')[]) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/meetings': ({ url }) =>
      json({
        items: url.searchParams.get('when') === 'past' ? [PAST] : [UPCOMING, CANCELLED],
        nextCursor: null,
      }),
  });
}

describe('the meetings list', () => {
  it('shows each meeting in its own zone and in the member’s, with the agenda, the answer and cancellations', async () => {
    stubApi(['DELEGATE']);
    renderApp('/meetings');

    const list = await screen.findByRole('list', { name: 'Upcoming meetings' });
    const [first, second] = within(list).getAllByRole('listitem');
    if (!first || !second) throw new Error('two meetings expected');
    expect(within(first).getByRole('link', { name: UPCOMING.title })).toHaveAttribute(
      'href',
      `/meetings/${UPCOMING.id}`,
    );
    // Berlin in winter is CET; the member's profile zone is Helsinki, an hour ahead.
    expect(first).toHaveTextContent('Tue, 1 Dec 2026, 10:00–12:00 Berlin time (CET)');
    expect(first).toHaveTextContent('11:00–13:00 your time (EET)');
    expect(first).toHaveTextContent('Agenda published, version 2');
    expect(first).toHaveTextContent('Your answer: Attending online');
    expect(first).toHaveTextContent('Hosted by Germany');
    expect(within(second).getByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schedule a meeting' })).not.toBeInTheDocument();
  });

  it('lists past meetings on their own view, without repeating a time that reads the same', async () => {
    const user = userEvent.setup();
    stubApi(['DELEGATE']);
    const { router } = renderApp('/meetings');
    await screen.findByRole('list', { name: 'Upcoming meetings' });

    await user.click(screen.getByRole('link', { name: 'Past' }));
    const list = await screen.findByRole('list', { name: 'Past meetings' });
    expect(router.state.location.search).toBe('?when=past');
    expect(screen.getByRole('link', { name: 'Past' })).toHaveAttribute('aria-current', 'page');
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Wed, 10 Jun 2026, 10:00–17:00 Helsinki time (EEST)');
    expect(item).not.toHaveTextContent('your time');
    expect(item).toHaveTextContent('Minutes approved');
    expect(item).toHaveTextContent('Online');
    expect(item).not.toHaveTextContent('not answered');
  });

  it('offers the chair to schedule a meeting', async () => {
    stubApi(['CHAIR', 'DELEGATE']);
    renderApp('/meetings');
    expect(await screen.findByRole('link', { name: 'Schedule a meeting' })).toHaveAttribute(
      'href',
      '/meetings/new',
    );
  });
});
