import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { CHAIR_ACTIONS, MEETING_ID, makeAgenda, makeMeeting } from '../components/meeting-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

function stubApi() {
  let meeting = makeMeeting({ actions: CHAIR_ACTIONS });
  const path = `/api/v1/meetings/${MEETING_ID}`;
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['CHAIR', 'DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/delegations': json([]),
    [`GET ${path}`]: () => json(meeting),
    [`PATCH ${path}`]: ({ body }) => {
      meeting = { ...meeting, ...(body as object) };
      return json(meeting);
    },
    [`POST ${path}/cancel`]: ({ body }) => {
      meeting = {
        ...meeting,
        cancelledAt: '2026-11-29T10:00:00.000Z',
        cancellationReason: (body as { reason: string }).reason,
        actions: { ...CHAIR_ACTIONS, edit: false, cancel: false, editAgenda: false, publishAgenda: false },
      };
      return json(meeting);
    },
    [`GET ${path}/agenda`]: json(makeAgenda([])),
    [`GET ${path}/attendance/me`]: json(null),
    [`GET ${path}/attendance`]: json({
      meetingId: MEETING_ID,
      counts: { IN_PERSON: 0, ONLINE: 0, NOT_ATTENDING: 0, TENTATIVE: 0, notAnswered: 0 },
      delegations: [],
      notAnswered: [],
    }),
    [`GET ${path}/minutes`]: json(null, 404),
    [`GET ${path}/decisions`]: json([]),
    [`GET ${path}/action-items`]: json({ items: [], nextCursor: null }),
  });
}

describe('editing a meeting', () => {
  it('shows the meeting’s own local times and sends only what changed', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp(`/meetings/${MEETING_ID}/edit`);

    // 09:00 UTC is 10:00 in Berlin, the meeting's zone.
    expect(await screen.findByLabelText('Starts')).toHaveValue('2026-12-01T10:00');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, '52nd meeting, moved online');
    await user.click(screen.getByRole('button', { name: 'Save the meeting' }));

    expect(await screen.findByText('The meeting is saved.')).toBeInTheDocument();
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ title: '52nd meeting, moved online' });
  });

  it('cancels the meeting with a reason, after asking', async () => {
    const user = userEvent.setup();
    const api = stubApi();
    renderApp(`/meetings/${MEETING_ID}/edit`);

    await user.click(await screen.findByRole('button', { name: 'Cancel the meeting…' }));
    const dialog = screen.getByRole('dialog', { name: /Cancel “52nd meeting of the Expert Group”\?/ });
    await user.type(within(dialog).getByLabelText(/Reason/), 'The host cannot receive the group.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the meeting' }));

    expect(await screen.findByText('This meeting is cancelled')).toBeInTheDocument();
    expect(screen.getByText('Reason: The host cannot receive the group.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      reason: 'The host cannot receive the group.',
    });
  });
});
