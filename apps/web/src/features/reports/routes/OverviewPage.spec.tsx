import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import {
  DENMARK,
  ESTONIA,
  FINLAND,
  overview,
  PERIOD_2024_H2,
  PERIOD_2025_H1,
  reportId,
} from '../components/overview-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

/** 2025-H1 has no published report yet; 2024-H2 has three. */
function stubApi() {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['OBSERVER'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reporting-periods': json([PERIOD_2024_H2, PERIOD_2025_H1]),
    'GET /api/v1/reports/overview': ({ url }) =>
      url.searchParams.get('period') === PERIOD_2025_H1.code
        ? json(overview({ period: PERIOD_2025_H1, rows: [], notReported: [DENMARK, ESTONIA, FINLAND] }))
        : json(overview()),
  });
}

const overviewTable = () =>
  screen.getByRole('table', {
    name: 'Published national reports for Second half of 2024: measures and gaps by focus area',
  });

describe('the regional overview', () => {
  it('opens on the latest period with published reports', async () => {
    stubApi();
    const { router } = renderApp('/reports/overview');

    expect(await screen.findByRole('heading', { level: 1, name: /^Regional overview/ })).toHaveTextContent(
      'Second half of 2024',
    );
    expect(router.state.location.search).toBe('?period=2024-H2');
    await waitFor(() => expect(document.title).toBe('Regional overview, Second half of 2024 · EGCC Portal'));
    const asked = (globalThis.fetch as jest.Mock).mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((url) => url.pathname === '/api/v1/reports/overview')
      .map((url) => url.searchParams.get('period'));
    // The newer period first (nothing published), then the one shown; each asked once.
    expect(asked).toEqual(['2025-H1', '2024-H2']);
    expect(screen.getByLabelText('Reporting period')).toHaveValue('2024-H2');
  });

  it('shows delegations by focus areas, with counts as text and links to the report sections', async () => {
    stubApi();
    renderApp('/reports/overview?period=2024-H2');
    const table = await waitFor(overviewTable);

    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(columns).toEqual([
      'Delegation',
      'Child rights and child-friendly justice',
      'Early intervention and prevention',
      'Children in alternative care',
      'Total',
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((header) => header.textContent)).toEqual([
      'Denmark',
      'Estonia',
      'Finland',
      'Reports covering it',
    ]);
    for (const header of within(table).getAllByRole('columnheader')) {
      expect(header).toHaveAttribute('scope', 'col');
    }

    const denmark = within(table).getByRole('row', { name: /^Denmark/ });
    const cells = within(denmark).getAllByRole('cell');
    // A covered area: the counts, linked to the measures on that area in the report.
    const childRights = within(cells[0] as HTMLElement).getByRole('link');
    expect(childRights).toHaveAccessibleName(
      '3 measures, 1 gap: Denmark, Child rights and child-friendly justice',
    );
    expect(childRights).toHaveAttribute('href', `/reports/${reportId(1)}#measures-CHILD_RIGHTS`);
    // An area the report does not cover: a dash for the eye, words for a screen reader.
    expect(cells[1]).toHaveTextContent('—Not covered');
    expect(within(cells[1] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
    expect(within(cells[1] as HTMLElement).getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(within(cells[2] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `/reports/${reportId(1)}#measures-ALTERNATIVE_CARE`,
    );
    expect(cells[3]).toHaveTextContent('4 measures, 1 gap');
    expect(within(denmark).getByRole('link', { name: 'Denmark' })).toHaveAttribute(
      'href',
      `/reports/${reportId(1)}`,
    );

    // Only gaps still counts as covering the area.
    const estonia = within(table).getByRole('row', { name: /^Estonia/ });
    expect(within(estonia).getAllByRole('cell')[2]).toHaveTextContent(/^0 measures, 1 gap/);
    // ...and leads to the gaps on that area, since there are no measures to land on.
    expect(within(within(estonia).getAllByRole('cell')[2] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/#gaps-ALTERNATIVE_CARE$/),
    );
    const footer = within(table).getByRole('row', { name: /^Reports covering it/ });
    expect(
      within(footer)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2 of 3', '1 of 3', '2 of 3', '']);

    // Scrolls sideways on a small screen in a region the keyboard can reach.
    const region = screen.getByRole('region', {
      name: 'Regional overview, Second half of 2024 (scrolls sideways)',
    });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);

    const notReported = screen.getByRole('list', { name: 'Not reported' });
    expect(
      within(notReported)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Latvia']);

    expect(screen.getByRole('link', { name: 'Download the compilation as PDF' })).toHaveAttribute(
      'href',
      '/api/v1/reporting-periods/2024-H2/compilation?format=pdf',
    );
    expect(screen.getByRole('link', { name: 'Download the compilation as DOCX (Word)' })).toHaveAttribute(
      'href',
      '/api/v1/reporting-periods/2024-H2/compilation?format=docx',
    );
    expect(screen.getByRole('link', { name: 'All national reports' })).toHaveAttribute('href', '/reports');
  });

  it('changes the period with the picker, and says when nobody has reported', async () => {
    const user = userEvent.setup();
    stubApi();
    const { router } = renderApp('/reports/overview?period=2024-H2');
    await waitFor(overviewTable);

    await user.selectOptions(screen.getByLabelText('Reporting period'), 'First half of 2025');
    await user.click(screen.getByRole('button', { name: 'Show the period' }));

    await waitFor(() => expect(router.state.location.search).toBe('?period=2025-H1'));
    expect(
      await screen.findByText('No delegation has published its national report for First half of 2025 yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download the compilation/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Not reported' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Denmark', 'Estonia', 'Finland']);
    expect(
      screen.getByText('Comparing needs published reports from two or more delegations.'),
    ).toBeInTheDocument();
  });

  it('compares the delegations chosen, and asks for two or more', async () => {
    const user = userEvent.setup();
    stubApi();
    const { router } = renderApp('/reports/overview?period=2024-H2');
    await waitFor(overviewTable);

    const compare = screen.getByRole('group', { name: 'Delegations to compare' });
    expect(
      within(compare)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['dk', 'ee', 'fi']);
    await user.click(within(compare).getByRole('checkbox', { name: 'Finland' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findAllByText('Choose at least one more delegation to compare')).not.toHaveLength(0);
    expect(router.state.location.pathname).toBe('/reports/overview');

    // Ticked in any order, compared in the table's order.
    await user.click(within(compare).getByRole('checkbox', { name: 'Denmark' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/compare'));
    expect(router.state.location.search).toBe('?period=2024-H2&delegations=dk,fi');
  });
});
