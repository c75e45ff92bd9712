import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, problem, renderApp } from '../../../testing/render-app';
import { CHAIR_ACTIONS, makeAgenda, makeMeeting } from '../components/meeting-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const GERMANY = {
  id: '0190a4c2-0000-7000-8000-0000000000d1',
  code: 'de',
  name: 'Germany',
  nativeName: 'Deutschland',
  kind: 'MEMBER_STATE',
  membershipStatus: 'ACTIVE',
  statusSince: null,
  memberCount: 2,
  ministries: [],
};

function stubApi(create: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['CHAIR', 'DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/delegations': json([GERMANY]),
    'POST /api/v1/meetings': create,
    [`GET /api/v1/meetings/${makeMeeting().id}`]: json(makeMeeting({ actions: CHAIR_ACTIONS })),
    [`GET /api/v1/meetings/${makeMeeting().id}/agenda`]: json(makeAgenda([])),
    [`GET /api/v1/meetings/${makeMeeting().id}/attendance/me`]: json(null),
    [`GET /api/v1/meetings/${makeMeeting().id}/attendance`]: json({
      meetingId: makeMeeting().id,
      counts: { IN_PERSON: 0, ONLINE: 0, NOT_ATTENDING: 0, TENTATIVE: 0, notAnswered: 0 },
      delegations: [],
      notAnswered: [],
    }),
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Title'), '52nd meeting of the Expert Group');
  // The member's own zone comes first; typing a city chooses its zone.
  expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Helsinki');
  await user.type(screen.getByRole('searchbox', { name: /Find a time zone/ }), 'Tallinn');
  expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Tallinn');
  fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-12-01T10:00' } });
  fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2026-12-01T13:30' } });
  await user.type(screen.getByLabelText(/^Place/), 'Ministry of Social Affairs, Tallinn');
  await user.selectOptions(screen.getByRole('combobox', { name: /Host delegation/ }), 'Germany');
}

describe('scheduling a meeting', () => {
  it('sends the local times as instants of the chosen zone, and opens the new meeting', async () => {
    const user = userEvent.setup();
    const api = stubApi(json(makeMeeting({ actions: CHAIR_ACTIONS }), 201));
    const { router } = renderApp('/meetings/new');
    await fillIn(user);
    // What members will see, in the meeting's zone and the chair's own.
    expect(screen.getByText(/10:00–13:30 Tallinn time \(EET\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));

    await screen.findByRole('heading', { level: 1, name: makeMeeting().title });
    expect(router.state.location.pathname).toBe(`/meetings/${makeMeeting().id}`);
    const post = api.calls.find((call) => call.method === 'POST' && call.path === '/api/v1/meetings');
    expect(post?.body).toEqual({
      title: '52nd meeting of the Expert Group',
      description: '',
      startsAt: '2026-12-01T08:00:00.000Z',
      endsAt: '2026-12-01T11:30:00.000Z',
      timeZone: 'Europe/Tallinn',
      place: 'Ministry of Social Affairs, Tallinn',
      onlineUrl: null,
      hostDelegationId: GERMANY.id,
    });
    expect(post?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('asks for a place or a link before sending, and shows the API’s field errors beside the fields', async () => {
    const user = userEvent.setup();
    const api = stubApi(
      problem(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { in: 'body', pointer: '/endsAt', detail: 'a meeting lasts at most 7 days', code: 'custom' },
      ]),
    );
    renderApp('/meetings/new');
    await fillIn(user);
    await user.clear(screen.getByLabelText(/^Place/));
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
    expect(
      await screen.findByText('Give a place, an online link, or both', { selector: 'a' }),
    ).toBeInTheDocument();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText(/^Online meeting link/), 'https://meet.example.org/egcc');
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
    const ends = screen.getByLabelText('Ends');
    await screen.findByText('A meeting lasts at most 7 days', { selector: 'a' });
    expect(ends).toHaveAttribute('aria-invalid', 'true');
    expect(ends).toHaveAccessibleDescription(
      expect.stringContaining('Error: A meeting lasts at most 7 days'),
    );
  });
});
