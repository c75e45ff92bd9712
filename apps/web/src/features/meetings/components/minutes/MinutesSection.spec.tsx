import type {
  Agenda,
  MeetingActions,
  MeetingDetail,
  MinutesRevisionDetail,
  MinutesRevisionSummary,
  MinutesView,
} from '@egcc/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router';
import { json, mockApi, problem } from '../../../../testing/render-app';
import { MinutesSection } from './MinutesSection';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const MEETING_ID = '0190a4c2-0000-7000-8000-00000000c001';
const NEXT_ID = '0190a4c2-0000-7000-8000-00000000c002';
const ITEM_1 = '0190a4c2-0000-7000-8000-00000000c101';
const ITEM_2 = '0190a4c2-0000-7000-8000-00000000c102';
const MINUTES_PATH = `/api/v1/meetings/${MEETING_ID}/minutes`;
const PERSON = {
  id: '0190a4c2-0000-7000-8000-00000000c201',
  name: 'Mette Hansen',
  handle: 'mette',
  delegation: { code: 'dk', name: 'Denmark' },
};
const CHAIR = {
  id: '0190a4c2-0000-7000-8000-00000000c202',
  name: 'Aino Virtanen',
  handle: 'aino',
  delegation: { code: 'fi', name: 'Finland' },
};

const NO_ACTIONS: MeetingActions = {
  edit: false,
  cancel: false,
  editAgenda: false,
  publishAgenda: false,
  answerAttendance: false,
  viewRoster: false,
  remindAttendance: false,
  editMinutes: false,
  circulateMinutes: false,
  approveMinutes: false,
  commentMinutes: false,
  recordDecisions: false,
  manageActionItems: false,
};

function meeting(actions: Partial<MeetingActions>): MeetingDetail {
  return {
    id: MEETING_ID,
    title: 'Spring plenary',
    status: 'HELD',
    startsAt: '2026-10-01T07:00:00.000Z',
    endsAt: '2026-10-01T15:00:00.000Z',
    timeZone: 'Europe/Tallinn',
    place: 'Tallinn',
    onlineUrl: null,
    hostDelegation: null,
    cancelledAt: null,
    agendaVersion: 1,
    myAttendance: null,
    description: { markdown: '', html: '' },
    cancellationReason: null,
    createdBy: null,
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-09-01T10:00:00.000Z',
    icalSequence: 0,
    attachments: [],
    actions: { ...NO_ACTIONS, ...actions },
  } as MeetingDetail;
}

const item = (id: string, position: number, title: string) => ({
  id,
  position,
  title,
  description: { markdown: '', html: '' },
  kind: 'DISCUSSION' as const,
  durationMinutes: 30,
  presenter: null,
  reports: [],
  threads: [],
  isActionItemFollowUp: false,
  plannedStartsAt: '2026-10-01T07:00:00.000Z',
});

const AGENDA: Agenda = {
  meetingId: MEETING_ID,
  items: [item(ITEM_1, 1, 'Opening'), item(ITEM_2, 2, 'National developments')],
  totalMinutes: 60,
  meetingMinutes: 480,
  overrunMinutes: 0,
  publishedVersion: 1,
  changedSincePublished: false,
};

const rendered = (markdown: string) => ({ markdown, html: `<p>${markdown}</p>` });

function minutes(overrides: Partial<MinutesView> = {}): MinutesView {
  return {
    id: '0190a4c2-0000-7000-8000-00000000c301',
    meetingId: MEETING_ID,
    status: 'DRAFT',
    version: 1,
    circulatedAt: null,
    approvedAt: null,
    approvedBy: null,
    approvedAtMeeting: null,
    entries: [
      {
        agendaItemId: null,
        agendaItemTitle: null,
        position: null,
        body: rendered('Present: all.'),
        updatedAt: '2026-10-02T10:00:00.000Z',
      },
      {
        agendaItemId: ITEM_1,
        agendaItemTitle: 'Opening',
        position: 1,
        body: rendered('The agenda was adopted.'),
        updatedAt: '2026-10-02T10:00:00.000Z',
      },
    ],
    comments: [],
    updatedAt: '2026-10-02T10:00:00.000Z',
    nextMeeting: { id: NEXT_ID, title: 'Autumn plenary', startsAt: '2027-03-01T08:00:00.000Z' },
    approvalMeetings: [],
    ...overrides,
  };
}

const REVISIONS: MinutesRevisionSummary[] = [
  { version: 2, status: 'CIRCULATED', createdBy: CHAIR, createdAt: '2026-10-03T10:00:00.000Z' },
  { version: 1, status: 'DRAFT', createdBy: CHAIR, createdAt: '2026-10-02T10:00:00.000Z' },
];

function renderSection(detail: MeetingDetail, path = `/meetings/${MEETING_ID}`) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <MinutesSection meeting={detail} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('the minutes section', () => {
  it('lets the chair draft the minutes per agenda item, save them as version 1 and circulate them', async () => {
    const user = userEvent.setup();
    let current: MinutesView | null = null;
    const api = mockApi({
      [`GET /api/v1/meetings/${MEETING_ID}/agenda`]: json(AGENDA),
      [`GET ${MINUTES_PATH}`]: () => (current ? json(current) : problem(404, 'NOT_FOUND', 'No minutes yet.')),
      [`PUT ${MINUTES_PATH}`]: () => {
        current = minutes();
        return json(current);
      },
      [`GET ${MINUTES_PATH}/revisions`]: () => json(REVISIONS.slice(1)),
      [`POST ${MINUTES_PATH}/circulate`]: () => {
        current = minutes({ status: 'CIRCULATED', version: 2, circulatedAt: '2026-10-03T10:00:00.000Z' });
        return json(current);
      },
    });
    renderSection(meeting({ editMinutes: true, circulateMinutes: true, commentMinutes: true }));

    const general = await screen.findByRole('textbox', { name: /General part/ });
    const opening = screen.getByRole('textbox', { name: /1\. Opening/ });
    expect(screen.getByRole('textbox', { name: /2\. National developments/ })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Circulate for comment' })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.type(general, 'Present: all.');
    await user.type(opening, 'The agenda was adopted.');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the minutes' }));

    expect(await screen.findByText('The minutes are saved as version 1.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      version: 1,
      entries: [
        { agendaItemId: null, body: 'Present: all.' },
        { agendaItemId: ITEM_1, body: 'The agenda was adopted.' },
      ],
    });
    expect(screen.queryByText('You have unsaved changes.')).not.toBeInTheDocument();
    expect(screen.getByText('Draft, version 1')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = screen.getByRole('dialog', { name: 'Circulate the minutes to every member?' });
    await user.type(within(dialog).getByRole('textbox', { name: /Note to members/ }), 'Comments by Friday.');
    await user.click(within(dialog).getByRole('button', { name: 'Circulate' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      version: 1,
      note: 'Comments by Friday.',
    });
    expect(screen.getByText('Circulated for comment, version 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Circulate for comment' })).not.toBeInTheDocument();

    // Revising the circulated minutes builds on the circulated version.
    await user.type(
      screen.getByRole('textbox', { name: /2\. National developments/ }),
      'Reports were presented.',
    );
    await user.click(screen.getByRole('button', { name: 'Save the minutes' }));
    await waitFor(() => expect(api.calls.filter((call) => call.method === 'PUT')).toHaveLength(2));
    expect(api.calls.filter((call) => call.method === 'PUT')[1]?.body).toMatchObject({ version: 2 });
  });

  it('keeps the chair’s text when someone saved in between, and loads the newer version on request', async () => {
    const user = userEvent.setup();
    let reads = 0;
    mockApi({
      [`GET /api/v1/meetings/${MEETING_ID}/agenda`]: json(AGENDA),
      [`GET ${MINUTES_PATH}`]: () => {
        reads += 1;
        return json(
          reads === 1
            ? minutes()
            : minutes({
                version: 3,
                entries: [
                  {
                    agendaItemId: null,
                    agendaItemTitle: null,
                    position: null,
                    body: rendered('Their version.'),
                    updatedAt: '2026-10-02T11:00:00.000Z',
                  },
                ],
              }),
        );
      },
      [`GET ${MINUTES_PATH}/revisions`]: json(REVISIONS.slice(1)),
      [`PUT ${MINUTES_PATH}`]: {
        ...problem(409, 'CONFLICT', 'Someone changed these minutes after you opened them.'),
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'CONFLICT',
          detail: 'Someone changed these minutes after you opened them.',
          requestId: 'req-test',
          currentVersion: 3,
        },
      },
    });
    renderSection(meeting({ editMinutes: true, circulateMinutes: true }));

    const general = await screen.findByRole('textbox', { name: /General part/ });
    expect(general).toHaveValue('Present: all.');
    await user.clear(general);
    await user.type(general, 'My version.');
    await user.click(screen.getByRole('button', { name: 'Save the minutes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved the minutes meanwhile');
    expect(alert).toHaveTextContent('They are now at version 3');
    expect(general).toHaveValue('My version.');

    await user.click(within(alert).getByRole('button', { name: 'Load the latest version' }));
    expect(await screen.findByText('Version 3 is loaded.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /General part/ })).toHaveValue('Their version.');
  });

  it('shows members the circulated minutes with the comments, lets a delegate comment on an item, and observers only read', async () => {
    const user = userEvent.setup();
    let current = minutes({
      status: 'CIRCULATED',
      version: 3,
      circulatedAt: '2026-10-03T10:00:00.000Z',
      comments: [
        {
          id: '0190a4c2-0000-7000-8000-00000000c401',
          agendaItemId: ITEM_1,
          author: PERSON,
          body: rendered('Denmark attended online.'),
          version: 2,
          createdAt: '2026-10-04T10:00:00.000Z',
        },
      ],
    });
    const api = mockApi({
      [`GET ${MINUTES_PATH}`]: () => json(current),
      [`GET ${MINUTES_PATH}/revisions`]: json(REVISIONS),
      [`POST ${MINUTES_PATH}/comments`]: ({ body }) => {
        const request = body as { agendaItemId: string | null; body: string };
        current = {
          ...current,
          comments: [
            ...current.comments,
            {
              id: '0190a4c2-0000-7000-8000-00000000c402',
              agendaItemId: request.agendaItemId,
              author: CHAIR,
              body: rendered(request.body),
              version: 3,
              createdAt: '2026-10-05T10:00:00.000Z',
            },
          ],
        };
        return json(current, 201);
      },
    });
    const view = renderSection(meeting({ commentMinutes: true }));

    const opening = await screen.findByRole('region', { name: '1. Opening' });
    expect(within(opening).getByText('The agenda was adopted.')).toBeInTheDocument();
    const comments = within(opening).getByRole('list', { name: 'Comments on 1. Opening' });
    expect(comments).toHaveTextContent('Mette Hansen, Denmark');
    expect(comments).toHaveTextContent('on version 2 (since revised)');
    expect(screen.getByRole('region', { name: 'General' })).toHaveTextContent('Present: all.');
    expect(screen.queryByRole('textbox', { name: /General part/ })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(within(opening).getByRole('button', { name: 'Post comment on 1. Opening' }));
    const field = within(opening).getByRole('textbox', { name: 'Your comment on 1. Opening' });
    expect(field).toHaveAccessibleDescription(/Write your comment first/);
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(field, 'Please name the Danish participants.');
    await user.click(within(opening).getByRole('button', { name: 'Post comment on 1. Opening' }));
    expect(await within(opening).findByText('Your comment is posted.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      agendaItemId: ITEM_1,
      body: 'Please name the Danish participants.',
    });
    expect(field).toHaveValue('');
    expect(within(comments).getByText('Please name the Danish participants.')).toBeInTheDocument();
    view.unmount();

    // An observer reads the same, with no comment forms.
    renderSection(meeting({}));
    expect(await screen.findByRole('region', { name: '1. Opening' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Post comment/ })).not.toBeInTheDocument();
  });

  it('tells members when there are no circulated minutes yet, and takes a notification’s link to the section', async () => {
    mockApi({ [`GET ${MINUTES_PATH}`]: problem(404, 'NOT_FOUND', 'Not circulated yet.') });
    renderSection(meeting({}), `/meetings/${MEETING_ID}#minutes`);
    expect(
      await screen.findByText('The minutes appear here once the chair circulates them for comment.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Minutes' })).toHaveFocus();
  });

  it('lists every version and shows an old one as it read', async () => {
    const user = userEvent.setup();
    const one: MinutesRevisionDetail = {
      ...REVISIONS[1]!,
      snapshot: {
        entries: [{ agendaItemId: null, agendaItemTitle: null, position: null, body: 'First draft.' }],
      },
      entries: [
        { agendaItemId: null, agendaItemTitle: null, position: null, body: rendered('First draft.') },
      ],
    };
    mockApi({
      [`GET ${MINUTES_PATH}`]: json(minutes({ status: 'CIRCULATED', version: 2 })),
      [`GET ${MINUTES_PATH}/revisions`]: json(REVISIONS),
      [`GET ${MINUTES_PATH}/revisions/1`]: json(one),
    });
    renderSection(meeting({}));

    const table = await screen.findByRole('table', { name: 'Versions of the minutes, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('rowheader', { name: '2 (current)' })).toBeInTheDocument();
    const show = within(table).getByRole('button', { name: 'Show version 1' });
    await user.click(show);
    const heading = await screen.findByRole('heading', { name: /^Version 1: draft/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('First draft.')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Hide version 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expectNoAxeViolations();
  });

  it('lets the chair approve at the next meeting only once it has started, choosing the meeting', async () => {
    const user = userEvent.setup();
    const circulated = minutes({
      status: 'CIRCULATED',
      version: 4,
      circulatedAt: '2026-10-03T10:00:00.000Z',
    });
    const first = mockApi({
      [`GET /api/v1/meetings/${MEETING_ID}/agenda`]: json(AGENDA),
      [`GET ${MINUTES_PATH}`]: json(circulated),
      [`GET ${MINUTES_PATH}/revisions`]: json(REVISIONS),
    });
    const early = renderSection(meeting({ editMinutes: true, approveMinutes: true, commentMinutes: true }));
    expect(
      await screen.findByText(/can be approved at the next meeting, “Autumn plenary”, once it has started/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the minutes' })).not.toBeInTheDocument();
    expect(first.calls.some((call) => call.method === 'POST')).toBe(false);
    early.unmount();

    const later = { id: NEXT_ID, title: 'Autumn plenary', startsAt: '2026-11-25T08:00:00.000Z' };
    const extra = {
      id: '0190a4c2-0000-7000-8000-00000000c003',
      title: 'Extraordinary meeting',
      startsAt: '2026-11-27T08:00:00.000Z',
    };
    const api = mockApi({
      [`GET /api/v1/meetings/${MEETING_ID}/agenda`]: json(AGENDA),
      [`GET ${MINUTES_PATH}`]: json({ ...circulated, approvalMeetings: [later, extra] }),
      [`GET ${MINUTES_PATH}/revisions`]: json(REVISIONS),
      [`POST ${MINUTES_PATH}/approve`]: json(
        minutes({
          status: 'APPROVED',
          version: 5,
          approvedAt: '2026-11-27T10:00:00.000Z',
          approvedBy: CHAIR,
          approvedAtMeeting: extra,
        }),
      ),
    });
    renderSection(meeting({ editMinutes: true, approveMinutes: true, commentMinutes: true }));
    const select = await screen.findByRole('combobox', { name: 'Approved at the meeting' });
    expect(select).toHaveValue(NEXT_ID);
    await user.selectOptions(select, extra.id);
    await user.click(screen.getByRole('button', { name: 'Approve the minutes' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve and lock the minutes?' });
    expect(dialog).toHaveTextContent('Version 4 is recorded as approved at “Extraordinary meeting”');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and lock' }));

    expect(await screen.findByText('Approved, version 5')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      version: 4,
      approvedAtMeetingId: extra.id,
    });
    expect(
      screen.getByText(/at “Extraordinary meeting” by Aino Virtanen; approved minutes are locked/),
    ).toBeInTheDocument();
  });
});
