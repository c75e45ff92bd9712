import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const MEETING = {
  id: '0190a4c2-0000-7000-8000-00000000a001',
  title: '52nd meeting of the Expert Group',
  status: 'AGENDA_PUBLISHED',
  startsAt: '2026-12-01T08:00:00.000Z',
  endsAt: '2026-12-01T14:00:00.000Z',
  timeZone: 'Europe/Riga',
  place: 'Riga',
  onlineUrl: null,
  hostDelegation: null,
  cancelledAt: null,
  agendaVersion: 1,
  myAttendance: null,
};

describe('starting a report', () => {
  it('offers upcoming meetings beside the reporting periods, and starts a report for a meeting', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
      'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
      'GET /api/v1/reporting-periods': json([]),
      'GET /api/v1/reports': json({ items: [], nextCursor: null }),
      'GET /api/v1/meetings': json({
        items: [
          MEETING,
          {
            ...MEETING,
            id: '0190a4c2-0000-7000-8000-00000000a002',
            title: 'Called off',
            cancelledAt: '2026-11-01T00:00:00.000Z',
          },
        ],
        nextCursor: null,
      }),
      'POST /api/v1/reports': json({}, 500),
    });
    renderApp('/reports/new');

    const option = await screen.findByRole('radio', { name: `Meeting: ${MEETING.title}` });
    expect(option).toHaveAccessibleDescription('1 December 2026');
    expect(screen.queryByRole('radio', { name: 'Meeting: Called off' })).not.toBeInTheDocument();
    await user.click(option);
    await user.click(screen.getByRole('button', { name: 'Start the report' }));

    await screen.findByText(/There is a problem|could not|went wrong/i);
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual(expect.objectContaining({ meetingId: MEETING.id }));
    expect(post?.body).not.toHaveProperty('periodId');
  });
});
