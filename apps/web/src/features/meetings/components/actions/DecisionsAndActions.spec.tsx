import type { Agenda, DecisionView, MeetingActions, MeetingDetail } from '@egcc/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../../../shared/api/query-client';
import { json, mockApi } from '../../../../testing/render-app';
import { actionItem, actionItemDetail, DENMARK, FINLAND, MEETING } from './action-item-fixtures';
import { DecisionsAndActions } from './DecisionsAndActions';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const NONE: MeetingActions = {
  edit: false,
  cancel: false,
  editAgenda: false,
  publishAgenda: false,
  answerAttendance: true,
  viewRoster: false,
  remindAttendance: false,
  editMinutes: false,
  circulateMinutes: false,
  approveMinutes: false,
  commentMinutes: false,
  recordDecisions: false,
  manageActionItems: false,
};
const CHAIR: MeetingActions = {
  ...NONE,
  edit: true,
  editAgenda: true,
  recordDecisions: true,
  manageActionItems: true,
};

const meeting = (actions: MeetingActions) =>
  ({
    id: MEETING.id,
    title: MEETING.title,
    startsAt: MEETING.startsAt,
    actions,
  }) as unknown as MeetingDetail;

const AGENDA: Agenda = {
  meetingId: MEETING.id,
  items: [
    {
      id: '0190a4c2-0000-7000-8000-00000000b001',
      position: 1,
      title: 'National developments',
      description: { markdown: '', html: '' },
      kind: 'DISCUSSION',
      durationMinutes: 60,
      presenter: null,
      reports: [],
      threads: [],
      isActionItemFollowUp: false,
      plannedStartsAt: MEETING.startsAt,
    },
  ],
  totalMinutes: 60,
  meetingMinutes: 480,
  overrunMinutes: 0,
  publishedVersion: null,
  changedSincePublished: false,
};

const DECISION: DecisionView = {
  id: '0190a4c2-0000-7000-8000-00000000d0c1',
  meeting: MEETING,
  agendaItem: { id: AGENDA.items[0]!.id, title: 'National developments', position: 1 },
  text: 'The group adopts the guidance.',
  recordedBy: null,
  createdAt: '2026-10-14T12:00:00.000Z',
  actionItemIds: [],
};

function stubApi(items = [actionItem({ title: 'Share the guidance' })]) {
  const base = `/api/v1/meetings/${MEETING.id}`;
  return mockApi({
    [`GET ${base}/decisions`]: json([DECISION]),
    [`POST ${base}/decisions`]: ({ body }) => json({ ...DECISION, ...(body as object) }, 201),
    [`GET ${base}/action-items`]: json(items),
    [`POST ${base}/action-items`]: ({ body }) =>
      json(actionItemDetail({ title: (body as { title: string }).title }), 201),
    [`GET ${base}/agenda`]: json(AGENDA),
    'GET /api/v1/delegations': json(
      [DENMARK, FINLAND].map((d) => ({
        ...d,
        nativeName: null,
        kind: 'MEMBER_STATE',
        membershipStatus: 'ACTIVE',
        statusSince: null,
        memberCount: 2,
        ministries: [],
      })),
    ),
    'GET /api/v1/members': json({ items: [], nextCursor: null }),
    [`POST /api/v1/action-items/${items[0]?.id}/progress`]: json(
      actionItemDetail({ ...items[0], status: 'IN_PROGRESS' }),
    ),
    [`POST ${base}/agenda/follow-up-item`]: json(AGENDA, 201),
  });
}

function renderSection(actions: MeetingActions) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter([
    { path: '/', element: <DecisionsAndActions meeting={meeting(actions)} /> },
  ]);
  return render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('a meeting’s decisions and action items', () => {
  it('shows members the decisions and action items, without the chair’s forms', async () => {
    stubApi();
    renderSection(NONE);
    expect(await screen.findByText('The group adopts the guidance.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Share the guidance' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a decision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Report progress/ })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('lets the chair record a decision and an action item with the keyboard', async () => {
    const api = stubApi();
    renderSection(CHAIR);
    const user = userEvent.setup();
    await screen.findByText('The group adopts the guidance.');

    screen.getByRole('button', { name: 'Record a decision' }).focus();
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByLabelText(/^Agenda item/), '1. National developments');
    await user.click(screen.getByLabelText('Decision'));
    await user.keyboard('Next meeting in Riga.');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('The decision is recorded.')).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/decisions'))?.body).toEqual({
      agendaItemId: AGENDA.items[0]!.id,
      text: 'Next meeting in Riga.',
    });

    await user.click(screen.getByRole('button', { name: 'Record an action item' }));
    const form = screen.getByRole('button', { name: 'Record the action item' }).closest('form')!;
    await user.type(within(form).getByLabelText('Action'), 'Send the Danish guidance');
    await user.selectOptions(within(form).getByLabelText('Owning delegation'), 'Denmark');
    await user.type(within(form).getByLabelText('Due date'), '2027-01-31');
    await user.click(within(form).getByRole('button', { name: 'Record the action item' }));
    expect(
      await screen.findByText('The action item “Send the Danish guidance” is recorded.'),
    ).toBeInTheDocument();
    expect(
      api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/action-items'))?.body,
    ).toMatchObject({
      title: 'Send the Danish guidance',
      ownerDelegationId: DENMARK.id,
      ownerUserId: null,
      dueOn: '2027-01-31',
    });
    // The agenda has no follow-up item: the chair is offered to add it.
    await user.click(screen.getByRole('button', { name: 'Add “Follow-up of action items” to the agenda' }));
    await waitFor(() => expect(api.calls.some((c) => c.path.endsWith('/agenda/follow-up-item'))).toBe(true));
    await expectNoAxeViolations();
  });

  it('lets an owner report progress on their item from the meeting page', async () => {
    const api = stubApi([actionItem({ title: 'Share the guidance', canUpdate: true })]);
    renderSection(NONE);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Report progress on “Share the guidance”' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'In progress');
    await user.click(screen.getByRole('button', { name: 'Save progress' }));
    expect(await screen.findByText(/now in progress/)).toBeInTheDocument();
    expect(api.calls.find((c) => c.path.endsWith('/progress'))?.body).toEqual({
      status: 'IN_PROGRESS',
      note: '',
    });
  });
});
