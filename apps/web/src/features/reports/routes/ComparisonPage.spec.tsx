import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import {
  comparison,
  DENMARK_REPORT,
  ESTONIA_REPORT,
  FINLAND,
  LATVIA,
  overview,
  REFERENCE,
  reportDetail,
} from '../components/overview-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const FINLAND_REPORT = reportDetail(FINLAND, 3, {
  summary: { markdown: 'Barnahus model.', html: '<p>Barnahus model.</p>' },
});
const BY_CODE = { dk: DENMARK_REPORT, ee: ESTONIA_REPORT, fi: FINLAND_REPORT };

function stubApi() {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles: ['OBSERVER'] })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reference': json(REFERENCE),
    'GET /api/v1/reports/overview': json(overview()),
    'GET /api/v1/reports/comparison': ({ url }) => {
      const codes = (url.searchParams.get('delegations') ?? '').split(',');
      const reports = codes.flatMap((code) =>
        code in BY_CODE ? [BY_CODE[code as keyof typeof BY_CODE]] : [],
      );
      return json(comparison(reports, codes.includes('lv') ? [LATVIA] : []));
    },
  });
}

const comparisonUrls = () =>
  (globalThis.fetch as jest.Mock).mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/reports/comparison');

/** The delegation names heading the columns of one section, left to right. */
const columnsOf = (section: HTMLElement) =>
  within(section)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('comparing national reports', () => {
  it('puts the chosen reports side by side, section by section, each column named', async () => {
    stubApi();
    renderApp('/reports/compare?period=2024-H2&delegations=dk,ee,lv');

    expect(
      await screen.findByRole('heading', { level: 1, name: /^Compare national reports/ }),
    ).toHaveTextContent('Second half of 2024');
    expect(comparisonUrls().map((url) => url.searchParams.get('delegations'))).toEqual(['dk,ee,lv']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Reports compared',
      'Summary',
      'Measures taken',
      'Good practices',
      'Gaps',
      'Next steps',
    ]);

    for (const name of ['Summary', 'Measures taken', 'Good practices', 'Gaps', 'Next steps']) {
      const section = screen.getByRole('region', { name });
      // A screen reader hears whose text follows: "Denmark: summary".
      expect(columnsOf(section)).toEqual([
        `Denmark: ${name.toLowerCase()}`,
        `Estonia: ${name.toLowerCase()}`,
      ]);
    }

    const summary = screen.getByRole('region', { name: 'Summary' });
    // The report's own "# Overview" sits below the column heading, not beside the page's h1.
    expect(within(summary).getByRole('heading', { level: 4, name: 'Overview' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('Barnahus in every region.');
    expect(summary).toHaveTextContent('Early help centres.');

    const measures = screen.getByRole('region', { name: 'Measures taken' });
    const danish = within(measures).getByRole('list', { name: 'Measures of Denmark' });
    expect(within(danish).getByText('Children’s Act')).toBeInTheDocument();
    expect(danish).toHaveTextContent(
      'Legislative · In force · Child rights and child-friendly justice · UNCRC articles 3, 12',
    );
    expect(within(measures).getByRole('list', { name: 'Measures of Estonia' })).toHaveTextContent(
      'Administrative · Planned · Early intervention and prevention',
    );

    const gaps = screen.getByRole('region', { name: 'Gaps' });
    expect(within(gaps).getByRole('list', { name: 'Gaps of Denmark' })).toHaveTextContent(
      'Gap in capacity · Children in alternative care',
    );
    expect(within(gaps).getByText('No gaps listed.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Good practices' })).getByText('No good practices written.'),
    ).toBeInTheDocument();

    // Latvia was chosen but has published nothing for the period.
    expect(screen.getByText('No published report for Second half of 2024 from Latvia.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: DENMARK_REPORT.title })).toHaveAttribute(
      'href',
      `/reports/${DENMARK_REPORT.id}`,
    );
  });

  it('changes the delegations compared, and the address with them', async () => {
    const user = userEvent.setup();
    stubApi();
    const { router } = renderApp('/reports/compare?period=2024-H2&delegations=dk,ee');
    await screen.findByRole('region', { name: 'Summary' });

    await user.click(screen.getByText('Change the delegations'));
    const choice = screen.getByRole('group', { name: 'Delegations to compare' });
    expect(within(choice).getByRole('checkbox', { name: 'Denmark' })).toBeChecked();
    expect(within(choice).getByRole('checkbox', { name: 'Estonia' })).toBeChecked();
    await user.click(within(choice).getByRole('checkbox', { name: 'Estonia' }));
    await user.click(within(choice).getByRole('checkbox', { name: 'Finland' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    await waitFor(() => expect(router.state.location.search).toBe('?period=2024-H2&delegations=dk,fi'));
    await waitFor(() =>
      expect(columnsOf(screen.getByRole('region', { name: 'Summary' }))).toEqual([
        'Denmark: summary',
        'Finland: summary',
      ]),
    );
    expect(comparisonUrls().map((url) => url.searchParams.get('delegations'))).toEqual(['dk,ee', 'dk,fi']);
  });

  it('asks for delegations when none are chosen yet', async () => {
    stubApi();
    renderApp('/reports/compare?period=2024-H2');
    expect(await screen.findByRole('group', { name: 'Delegations to compare' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();
    expect(comparisonUrls()).toHaveLength(0);
  });
});
