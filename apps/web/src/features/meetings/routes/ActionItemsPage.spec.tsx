import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { actionItem, DENMARK, FINLAND, OVERVIEW } from '../components/actions/action-item-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const delegation = (d: typeof DENMARK) => ({
  ...d,
  nativeName: null,
  kind: 'MEMBER_STATE',
  membershipStatus: 'ACTIVE',
  statusSince: null,
  memberCount: 3,
  ministries: [],
});

function stubApi() {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['DELEGATE'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/delegations': json([delegation(DENMARK), delegation(FINLAND)]),
    'GET /api/v1/action-items/overview': json(OVERVIEW),
    'GET /api/v1/action-items': ({ url }) =>
      json({
        items:
          url.searchParams.get('mine') === 'true'
            ? [
                actionItem({
                  title: 'Finnish item',
                  owner: { kind: 'DELEGATION', delegation: FINLAND },
                  canUpdate: true,
                }),
              ]
            : [
                actionItem({ title: 'Danish overdue', overdue: true, dueOn: '2026-11-20' }),
                actionItem({
                  title: 'Finnish item',
                  owner: { kind: 'DELEGATION', delegation: FINLAND },
                  status: 'IN_PROGRESS',
                }),
              ],
        nextCursor: null,
      }),
  });
}

describe('the action items page', () => {
  it('shows open, in-progress and overdue items by delegation, with totals', async () => {
    stubApi();
    renderApp('/action-items');
    const table = await screen.findByRole('table', { name: /by owning delegation/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['2', '1', '1'],
      ['1', '0', '0'],
      ['1', '0', '1'],
      ['4', '1', '2'],
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Denmark', 'Finland', 'Members without a delegation (secretariat)', 'All delegations']);
    expect(within(table).getByRole('link', { name: 'Denmark' })).toHaveAttribute(
      'href',
      '/action-items?delegation=dk&open=true',
    );
    expect(within(table).getByRole('link', { name: '1 overdue for Denmark' })).toHaveAttribute(
      'href',
      '/action-items?delegation=dk&overdue=true',
    );
    await expectNoAxeViolations();
  });

  it('lists the items with their status and filters them from the keyboard', async () => {
    const api = stubApi();
    const { router } = renderApp('/action-items');
    const list = await screen.findByRole('table', { name: 'Action items' });
    const danish = within(list).getByRole('link', { name: 'Danish overdue' }).closest('tr')!;
    expect(danish).toHaveTextContent('Denmark');
    expect(danish).toHaveTextContent('20 November 2026');
    expect(danish).toHaveTextContent('Overdue');
    expect(within(list).getByRole('link', { name: 'Finnish item' }).closest('tr')).toHaveTextContent(
      'In progress',
    );

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Whose'), 'Mine and my delegation’s');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?mine=true'));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Action items' })).getAllByRole('row')).toHaveLength(2),
    );
    const asked = api.calls.filter((c) => c.path === '/api/v1/action-items');
    expect(asked.length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations();
  });
});
