import type { ReportSummary } from '@egcc/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, makeSession, mockApi, renderApp } from '../../../testing/render-app';
import { makeReport } from '../components/report-fixtures';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

const { id, title, status, version, delegation, period, meeting, measureCount, gapCount, updatedAt } =
  makeReport({ status: 'PUBLISHED' });
const PUBLISHED: ReportSummary = {
  id,
  title,
  status,
  version,
  delegation,
  period,
  meeting,
  measureCount,
  gapCount,
  updatedAt,
  submittedAt: '2026-11-20T10:00:00.000Z',
  publishedAt: '2026-11-21T10:00:00.000Z',
};

function stubApi(roles: ('DELEGATE' | 'OBSERVER')[], reports: ReportSummary[]) {
  return mockApi({
    'GET /api/v1/auth/session': json(makeSession({ roles })),
    'GET /api/v1/threads/unread': json({ unreadThreads: 0, unreadNotifications: 0 }),
    'GET /api/v1/reporting-periods': json(period ? [period] : []),
    'GET /api/v1/delegations': json([]),
    'GET /api/v1/reports': ({ url }) =>
      json({
        items: url.searchParams.get('status') === 'DRAFT' ? [] : reports,
        nextCursor: null,
      }),
  });
}

describe('the report list', () => {
  it('lists reports with their status in words, and keeps the filters in the address', async () => {
    const user = userEvent.setup();
    stubApi(['DELEGATE'], [PUBLISHED]);
    const { router } = renderApp('/reports');

    const list = await screen.findByRole('list', { name: 'Reports' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: PUBLISHED.title })).toHaveAttribute(
      'href',
      `/reports/${PUBLISHED.id}`,
    );
    expect(within(item).getByText('Published', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New report' })[0]).toHaveAttribute('href', '/reports/new');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'DRAFT');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText(/No reports match these filters/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=DRAFT');
  });

  it('offers observers no new report, and says where published reports appear', async () => {
    stubApi(['OBSERVER'], []);
    renderApp('/reports');
    expect(await screen.findByText(/No reports have been published yet/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New report' })).not.toBeInTheDocument();
  });
});
