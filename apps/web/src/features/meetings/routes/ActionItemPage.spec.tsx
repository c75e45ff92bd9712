import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { json, makeSession, mockApi, problem, renderApp } from '../../../testing/render-app';
import { actionItemDetail, FINLAND } from '../components/actions/action-item-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const ITEM = actionItemDetail({
  title: 'Translate the guidance',
  owner: { kind: 'DELEGATION', delegation: FINLAND },
  canUpdate: true,
  updates: [
    {
      id: '0190a4c2-0000-7000-8000-00000000e001',
      author: {
        id: '0190a4c2-0000-7000-8000-00000000c002',
        name: 'Laura Korhonen',
        handle: 'laura',
        delegation: FINLAND,
      },
      status: 'IN_PROGRESS',
      note: 'With the translators.',
      createdAt: '2026-11-02T09:00:00.000Z',
    },
  ],
});
const path = `/api/v1/action-items/${ITEM.id}`;

function stubApi(roles: ('DELEGATE' | 'OBSERVER' | 'CHAIR')[], item = ITEM) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    [`GET ${path}`]: json(item),
    [`POST ${path}/progress`]: ({ body }) => {
      const request = body as { status?: 'DONE'; note: string };
      if (!request.status && !request.note) return problem(400, 'VALIDATION_FAILED', 'Not valid');
      return json({
        ...item,
        status: request.status ?? item.status,
        closedAt: request.status === 'DONE' ? '2026-11-29T10:00:00.000Z' : null,
        updates: [
          ...item.updates,
          {
            id: '0190a4c2-0000-7000-8000-00000000e002',
            author: item.updates[0]!.author,
            status: request.status ?? null,
            note: request.note,
            createdAt: '2026-11-29T10:00:00.000Z',
          },
        ],
      });
    },
  });
}

describe('an action item', () => {
  it('shows its particulars and history, and lets its owner report progress with the keyboard', async () => {
    const api = stubApi(['DELEGATE']);
    renderApp(`/action-items/${ITEM.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Translate the guidance' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Finland', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('15 December 2026')).toBeInTheDocument();
    expect(screen.getByText('With the translators.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit the action item' })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    const user = userEvent.setup();
    const status = screen.getByLabelText('Status');
    expect(status).toHaveValue('OPEN');
    status.focus();
    await user.selectOptions(status, 'Done');
    await user.tab();
    await user.keyboard('Published in Finnish and Swedish.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save progress' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/Saved: the action item is now done/)).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      status: 'DONE',
      note: 'Published in Finnish and Swedish.',
    });
    await waitFor(() => expect(screen.getByText('Published in Finnish and Swedish.')).toBeInTheDocument());
  });

  it('asks for a status or a note before sending anything', async () => {
    const api = stubApi(['DELEGATE']);
    renderApp(`/action-items/${ITEM.id}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save progress' }));
    expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows no progress form to a member who does not own it, and the chair’s tools to the chair', async () => {
    stubApi(['OBSERVER'], { ...ITEM, canUpdate: false });
    const { unmount } = renderApp(`/action-items/${ITEM.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Translate the guidance' });
    expect(screen.queryByRole('button', { name: 'Save progress' })).not.toBeInTheDocument();
    unmount();

    stubApi(['CHAIR', 'DELEGATE']);
    renderApp(`/action-items/${ITEM.id}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit the action item' }));
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-12-15');
    expect(screen.getByLabelText('Owning delegation')).toBeInTheDocument();
  });
});
