import type { Agenda } from '@egcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { CHAIR_ACTIONS, MEETING_ID, makeAgenda, makeMeeting } from '../components/meeting-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const ROSTER = {
  meetingId: MEETING_ID,
  counts: { IN_PERSON: 1, ONLINE: 0, NOT_ATTENDING: 0, TENTATIVE: 0, notAnswered: 1 },
  delegations: [
    {
      delegation: { id: '0190a4c2-0000-7000-8000-0000000000f1', code: 'fi', name: 'Finland' },
      counts: { IN_PERSON: 1, ONLINE: 0, NOT_ATTENDING: 0, TENTATIVE: 0, notAnswered: 1 },
      members: [
        {
          member: {
            id: '0190a4c2-0000-7000-8000-00000000f101',
            name: 'Laura Korhonen',
            handle: 'laura',
            delegation: null,
          },
          response: 'IN_PERSON',
          comment: null,
          respondedAt: '2026-11-20T10:00:00.000Z',
        },
        {
          member: {
            id: '0190a4c2-0000-7000-8000-00000000f102',
            name: 'Mikko Virtanen',
            handle: 'mikko',
            delegation: null,
          },
          response: null,
          comment: null,
          respondedAt: null,
        },
      ],
    },
  ],
  notAnswered: [
    { id: '0190a4c2-0000-7000-8000-00000000f102', name: 'Mikko Virtanen', handle: 'mikko', delegation: null },
  ],
};

const GERMANY = {
  id: '0190a4c2-0000-7000-8000-0000000000d1',
  code: 'de',
  name: 'Germany',
  nativeName: null,
  kind: 'MEMBER_STATE',
  membershipStatus: 'ACTIVE',
  statusSince: null,
  memberCount: 2,
  ministries: [],
};

const REPORT = {
  id: '0190a4c2-0000-7000-8000-00000000e001',
  title: 'Germany: national report, 2026 H1',
  status: 'PUBLISHED',
  version: 3,
  delegation: { id: GERMANY.id, code: 'de', name: 'Germany' },
  period: null,
  meeting: null,
  measureCount: 2,
  gapCount: 1,
  updatedAt: '2026-07-01T10:00:00.000Z',
  submittedAt: '2026-06-20T10:00:00.000Z',
  publishedAt: '2026-07-01T10:00:00.000Z',
};

function stubApi({ chair, agenda }: { chair: boolean; agenda: Agenda }) {
  let current = agenda;
  const path = `/api/v1/meetings/${MEETING_ID}`;
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: chair ? ['CHAIR', 'DELEGATE'] : ['DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/delegations': json([GERMANY]),
    'GET /api/v1/reports': json({ items: [REPORT], nextCursor: null }),
    'GET /api/v1/threads': json({ items: [], pinned: [], nextCursor: null }),
    [`GET ${path}`]: json(makeMeeting(chair ? { actions: CHAIR_ACTIONS } : {})),
    [`GET ${path}/agenda`]: () => json(current),
    [`PUT ${path}/agenda-items/order`]: ({ body }) => {
      const ids = (body as { itemIds: string[] }).itemIds;
      const titles = ids.map((id) => current.items.find((item) => item.id === id));
      current = makeAgenda(
        titles.map((item) => ({ title: item?.title ?? '', minutes: item?.durationMinutes ?? 0 })),
      );
      current = { ...current, items: current.items.map((item, i) => ({ ...item, id: ids[i] ?? item.id })) };
      return json(current);
    },
    [`PATCH ${path}/agenda-items/${THREE_ITEMS.items[1]?.id}`]: ({ body }) => {
      const request = body as { title: string; presenterDelegationId: string | null; reportIds: string[] };
      current = {
        ...current,
        items: current.items.map((item) =>
          item.id === THREE_ITEMS.items[1]?.id
            ? {
                ...item,
                title: request.title,
                presenter: request.presenterDelegationId
                  ? {
                      kind: 'DELEGATION' as const,
                      delegation: { id: GERMANY.id, code: 'de', name: 'Germany' },
                    }
                  : null,
                reports: request.reportIds.includes(REPORT.id)
                  ? [{ id: REPORT.id, title: REPORT.title, delegation: REPORT.delegation }]
                  : [],
              }
            : item,
        ),
      };
      return json(current);
    },
    [`POST ${path}/agenda-items`]: ({ body }) => {
      const request = body as { title: string; durationMinutes: number };
      const items = current.items.map((item) => ({ title: item.title, minutes: item.durationMinutes }));
      current = makeAgenda([...items, { title: request.title, minutes: request.durationMinutes }]);
      return json(current, 201);
    },
    [`GET ${path}/attendance/me`]: json(null),
    [`PUT ${path}/attendance`]: ({ body }) =>
      json({ meetingId: MEETING_ID, ...(body as object), respondedAt: '2026-11-29T10:00:00.000Z' }),
    [`GET ${path}/attendance`]: json(ROSTER),
    [`POST ${path}/attendance/reminders`]: json({
      reminded: 1,
      alreadyReminded: 0,
      remindedAt: '2026-11-29T10:00:00.000Z',
    }),
  });
}

const THREE_ITEMS = makeAgenda([
  { title: 'Opening and adoption of the agenda', minutes: 15 },
  { title: 'National developments', minutes: 60 },
  { title: 'Any other business', minutes: 15 },
]);

describe('the agenda builder', () => {
  it('reorders items with the keyboard: the move is saved, announced, and focus stays on the button', async () => {
    const user = userEvent.setup();
    const api = stubApi({ chair: true, agenda: THREE_ITEMS });
    renderApp(`/meetings/${MEETING_ID}`);

    const down = await screen.findByRole('button', { name: 'Move down: Opening and adoption of the agenda' });
    expect(
      screen.getByRole('button', { name: 'Move up: Opening and adoption of the agenda' }),
    ).toBeDisabled();
    down.focus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(screen.getByTestId('announcements')).toHaveTextContent(
        '“Opening and adoption of the agenda” moved to position 2 of 3.',
      ),
    );
    const put = api.calls.find((call) => call.method === 'PUT' && call.path.endsWith('/agenda-items/order'));
    expect(put?.body).toEqual({
      itemIds: [THREE_ITEMS.items[1]?.id, THREE_ITEMS.items[0]?.id, THREE_ITEMS.items[2]?.id],
    });
    const list = screen.getByRole('list', { name: 'Agenda items' });
    const titles = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      '1. National developments',
      '2. Opening and adoption of the agenda',
      '3. Any other business',
    ]);
    // The time plan follows: the opening now starts after the hour of national developments (Berlin time).
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('11:00–11:15');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move down: Opening and adoption of the agenda' }),
      ).toHaveFocus(),
    );

    // At the bottom, "Move down" is gone; focus moves to "Move up" rather than being lost.
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move up: Opening and adoption of the agenda' }),
      ).toHaveFocus(),
    );
  });

  it('warns, in a live region, when an added item makes the agenda overrun the meeting', async () => {
    const user = userEvent.setup();
    stubApi({ chair: true, agenda: THREE_ITEMS });
    renderApp(`/meetings/${MEETING_ID}`);

    expect(await screen.findByText(/The items take 1 h 30 min of the meeting’s 2 h/)).toBeInTheDocument();
    expect(screen.queryByText(/overruns the meeting/)).not.toBeInTheDocument();

    const addForm = screen.getByRole('region', { name: 'Add an item' });
    await user.type(within(addForm).getByLabelText('Title'), 'Thematic session on alternative care');
    const minutes = within(addForm).getByLabelText('Duration in minutes');
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(within(addForm).getByRole('button', { name: 'Add the item' }));

    const warning = await screen.findByText('The agenda overruns the meeting by 15 min');
    expect(warning.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(/The items end at 12:15, after the meeting ends at 12:00/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('announcements')).toHaveTextContent(
        '“Thematic session on alternative care” added as item 4 of 4. The agenda now overruns the meeting by 15 minutes.',
      ),
    );
    // A fresh form, with focus back in its title for the next item.
    await waitFor(() => expect(within(addForm).getByLabelText('Title')).toHaveFocus());
    expect(within(addForm).getByLabelText('Title')).toHaveValue('');
  });

  it('edits an item: a presenting delegation and a link to a published report, found by typing', async () => {
    const user = userEvent.setup();
    const api = stubApi({ chair: true, agenda: THREE_ITEMS });
    renderApp(`/meetings/${MEETING_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Edit: National developments' }));
    const editing = screen.getByRole('heading', { name: 'Edit item 2: National developments' });
    await waitFor(() => expect(editing).toHaveFocus());
    const form = editing.parentElement as HTMLElement;
    await user.click(within(form).getByRole('radio', { name: 'A delegation' }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Presenting delegation' }),
      'Germany',
    );
    await user.click(within(form).getByText(/Links to reports and discussions/));
    await user.type(within(form).getByRole('searchbox', { name: 'Find published reports' }), 'germany');
    await user.click(await within(form).findByRole('checkbox', { name: REPORT.title }));
    await user.click(within(form).getByRole('button', { name: 'Save the item' }));

    const patch = api.calls.find((call) => call.method === 'PATCH');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit: National developments' })).toHaveFocus(),
    );
    expect(patch?.body).toEqual(
      expect.objectContaining({
        presenterUserId: null,
        presenterDelegationId: GERMANY.id,
        reportIds: [REPORT.id],
      }),
    );
    const item = within(screen.getByRole('list', { name: 'Agenda items' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('National developments'));
    expect(item).toHaveTextContent('Presented by Germany');
    expect(within(item as HTMLElement).getByRole('link', { name: REPORT.title })).toHaveAttribute(
      'href',
      `/reports/${REPORT.id}`,
    );
  });

  it('shows members the agenda and its time plan without the builder', async () => {
    stubApi({
      chair: false,
      agenda: makeAgenda([{ title: 'National developments', minutes: 150 }], { publishedVersion: 1 }),
    });
    renderApp(`/meetings/${MEETING_ID}`);

    const list = await screen.findByRole('list', { name: 'Agenda items' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('10:00–12:30');
    expect(screen.getByText('The agenda overruns the meeting by 30 min')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move (up|down)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Add an item' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agenda versions and what changed' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/agenda/history`,
    );
  });
});

describe('attendance', () => {
  it('lets a member answer, with a comment, and offers the .ics download', async () => {
    const user = userEvent.setup();
    const api = stubApi({ chair: false, agenda: makeAgenda([]) });
    renderApp(`/meetings/${MEETING_ID}`);

    expect(await screen.findByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      `/api/v1/meetings/${MEETING_ID}/calendar.ics`,
    );
    const group = await screen.findByRole('group', { name: 'Will you attend?' });
    await user.click(within(group).getByRole('radio', { name: 'Attending online' }));
    await user.type(screen.getByLabelText(/^Comment/), 'Joining from Helsinki');
    await user.click(screen.getByRole('button', { name: 'Save my answer' }));

    expect(await screen.findByText('Your answer is saved: Attending online.')).toBeInTheDocument();
    const put = api.calls.find((call) => call.method === 'PUT' && call.path.endsWith('/attendance'));
    expect(put?.body).toEqual({ response: 'ONLINE', comment: 'Joining from Helsinki' });
    expect(screen.queryByRole('heading', { name: 'Roster' })).not.toBeInTheDocument();
  });

  it('shows the chair the roster by delegation and who has not answered, and sends a reminder', async () => {
    const user = userEvent.setup();
    stubApi({ chair: true, agenda: makeAgenda([]) });
    renderApp(`/meetings/${MEETING_ID}`);

    const table = await screen.findByRole('table', { name: /Finland/ });
    expect(within(table).getByRole('row', { name: /Mikko Virtanen/ })).toHaveTextContent('Not answered');
    expect(within(table).getByRole('row', { name: /Laura Korhonen/ })).toHaveTextContent(
      'Attending in person',
    );
    await user.click(screen.getByRole('button', { name: 'Send reminder' }));
    expect(await screen.findByText('1 member reminded.')).toBeInTheDocument();
  });
});
