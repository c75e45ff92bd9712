import { type ReportSummary, ReportStatus } from '@egcc/contracts';
import { Link } from 'react-router';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { SelectField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { formatDate } from '../../../shared/ui/format';
import { Flash } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { periodsQuery, usePeriods } from '../api/get-periods';
import { type ReportFilters, reportsQuery, useReports } from '../api/get-reports';
import { REPORT_STATUS } from '../components/labels';
import { ReportStatusBadge } from '../components/ReportStatusBadge';

const FILTERS = ['period', 'delegation', 'status'] as const;
const STATUSES = ReportStatus.options;

function toQuery(filters: Partial<Record<(typeof FILTERS)[number], string>>): ReportFilters {
  return {
    period: filters.period,
    delegation: filters.delegation,
    status: oneOf(filters.status, STATUSES),
  };
}

export const reportsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const filters = toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS));
    await Promise.all([
      queryClient.ensureInfiniteQueryData(reportsQuery(filters)),
      queryClient.ensureQueryData(periodsQuery()),
      queryClient.ensureQueryData(delegationsQuery()),
    ]);
    return null;
  };

/** The national reports the member may read: published ones, and their own delegation's drafts. */
export function ReportsPage() {
  usePageTitle('National reports');
  const filters = useFilters(FILTERS);
  const reports = useReports(toQuery(filters.applied));
  const { data: periods } = usePeriods();
  const { data: delegations } = useDelegationsSuspense();
  const ability = useAbility();
  const canCreate = ability.can('create', 'Report');
  const rows = reports.data.pages.flatMap((page) => page.items);

  return (
    <article className="page">
      <div className="page__header">
        <h1>National reports</h1>
        {canCreate && (
          <div className="button-group button-group--compact">
            <Link to="/reports/new" className="button">
              New report
            </Link>
          </div>
        )}
      </div>
      <Flash />
      <p className="lead">
        What each delegation has done against violence, abuse, neglect and exploitation of children: measures,
        good practices, and the gaps it still faces.
      </p>
      <form className="filters" role="search" aria-label="Filter the reports" onSubmit={filters.apply}>
        <SelectField
          {...filters.field('period', 'Reporting period')}
          placeholder="Any"
          options={periods.map((period) => ({ value: period.code, label: period.label }))}
        />
        <SelectField
          {...filters.field('delegation', 'Delegation')}
          placeholder="Any"
          options={delegations.map((delegation) => ({ value: delegation.code, label: delegation.name }))}
        />
        <SelectField
          {...filters.field('status', 'Status')}
          placeholder="Any"
          options={STATUSES.map((status) => ({ value: status, label: REPORT_STATUS[status].label }))}
        />
        <FilterActions active={filters.active} onClear={filters.clear} />
      </form>
      {rows.length === 0 ? (
        <div role="status" className="empty-state">
          {filters.active ? (
            <p>No reports match these filters. Choose other filters, or clear them to see every report.</p>
          ) : canCreate ? (
            <p>
              No reports yet. Start your delegation’s report for a reporting period with{' '}
              <Link to="/reports/new">New report</Link>.
            </p>
          ) : (
            <p>No reports have been published yet. Published reports appear here for every member.</p>
          )}
        </div>
      ) : (
        <ul className="report-list" aria-label="Reports">
          {rows.map((report) => (
            <ReportItem key={report.id} report={report} />
          ))}
        </ul>
      )}
      <ShowMore list={reports} shown={rows.length} noun="reports" />
    </article>
  );
}

function ReportItem({ report }: { report: ReportSummary }) {
  const when = report.period?.label ?? (report.meeting ? `Meeting: ${report.meeting.title}` : null);
  return (
    <li className="report-item">
      <div className="report-item__heading">
        <h2 className="report-item__title">
          <Link to={`/reports/${report.id}`}>{report.title}</Link>
        </h2>
        <ReportStatusBadge status={report.status} />
      </div>
      <p className="report-item__meta">
        {report.delegation.name}
        {when && <> · {when}</>} ·{' '}
        {report.measureCount === 1 ? '1 measure' : `${report.measureCount} measures`} ·{' '}
        {report.gapCount === 1 ? '1 gap' : `${report.gapCount} gaps`} ·{' '}
        {report.publishedAt ? (
          <>Published {formatDate(report.publishedAt)}</>
        ) : (
          <>
            Updated <RelativeTime iso={report.updatedAt} />
          </>
        )}
      </p>
    </li>
  );
}
