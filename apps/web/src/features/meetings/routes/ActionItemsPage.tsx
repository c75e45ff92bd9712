import type { ActionItemOverview, ActionItemSummary } from '@egcc/contracts';
import { Link } from 'react-router';
import { useDelegationsSuspense } from '../../../shared/api/get-delegations';
import type { LoaderFactory } from '../../../shared/api/loader';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { SelectField } from '../../../shared/ui/form';
import { formatDate } from '../../../shared/ui/format';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  type ActionItemFilters,
  actionItemOverviewQuery,
  actionItemsQuery,
  useActionItemOverview,
  useActionItems,
} from '../api/action-items';
import { ActionItemStatusBadges } from '../components/actions/ActionItemStatus';
import { ACTION_ITEM_STATUS, ACTION_ITEM_STATUSES, ownerName } from '../components/actions/labels';
import '../components/actions/actions.css';

const FILTERS = ['mine', 'open', 'overdue', 'status', 'delegation', 'meetingId'] as const;
type FilterValues = Partial<Record<(typeof FILTERS)[number], string>>;

function toQuery(filters: FilterValues): ActionItemFilters {
  return {
    mine: filters.mine === 'true' ? 'true' : undefined,
    open: oneOf(filters.open, ['true', 'false'] as const),
    overdue: filters.overdue === 'true' ? 'true' : undefined,
    status: oneOf(filters.status, ACTION_ITEM_STATUSES),
    delegation: filters.delegation,
    meetingId:
      filters.meetingId && /^[0-9a-f-]{36}$/i.test(filters.meetingId) ? filters.meetingId : undefined,
  };
}

export const actionItemsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const filters = toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS));
    await Promise.all([
      queryClient.ensureInfiniteQueryData(actionItemsQuery(filters)),
      queryClient.ensureQueryData(actionItemOverviewQuery()),
    ]);
    return null;
  };

/**
 * Action items of every meeting: open and overdue ones by delegation, and the list, filtered by
 * the reader's own, overdue, delegation and status.
 */
export function ActionItemsPage() {
  usePageTitle('Action items');
  const filters = useFilters(FILTERS);
  const items = useActionItems(toQuery(filters.applied));
  const { data: overview } = useActionItemOverview();
  const { data: delegations } = useDelegationsSuspense();
  const rows = items.data.pages.flatMap((page) => page.items);

  return (
    <article className="page">
      <div className="page__header">
        <h1>Action items</h1>
      </div>
      <p className="lead">
        What the group agreed to do at its meetings, who does it and by when. Open items carry over to the
        next meeting’s agenda until they are done or dropped.
      </p>
      <OverviewTable overview={overview} />
      <h2 id="action-item-list-heading">Action items</h2>
      <form className="filters" role="search" aria-label="Filter the action items" onSubmit={filters.apply}>
        <SelectField
          {...filters.field('mine', 'Whose')}
          placeholder="Everyone’s"
          options={[{ value: 'true', label: 'Mine and my delegation’s' }]}
        />
        <SelectField
          {...filters.field('open', 'Open or closed')}
          placeholder="Either"
          options={[
            { value: 'true', label: 'Open or in progress' },
            { value: 'false', label: 'Done or dropped' },
          ]}
        />
        <SelectField
          {...filters.field('overdue', 'Overdue')}
          placeholder="Any due date"
          options={[{ value: 'true', label: 'Overdue only' }]}
        />
        <SelectField
          {...filters.field('delegation', 'Delegation')}
          placeholder="Any"
          options={delegations.map((delegation) => ({ value: delegation.code, label: delegation.name }))}
        />
        <SelectField
          {...filters.field('status', 'Status')}
          placeholder="Any"
          options={ACTION_ITEM_STATUSES.map((status) => ({
            value: status,
            label: ACTION_ITEM_STATUS[status].label,
          }))}
        />
        <FilterActions active={filters.active} onClear={filters.clear} />
      </form>
      {filters.applied.meetingId && (
        <p>
          Showing one meeting’s action items.{' '}
          <button type="button" className="button button--link" onClick={() => filters.drop('meetingId')}>
            Show every meeting’s
          </button>
        </p>
      )}
      {rows.length === 0 ? (
        <div role="status" className="empty-state">
          <p>
            {filters.active
              ? 'No action items match these filters. Choose other filters, or clear them to see every action item.'
              : 'No action items have been recorded yet. The chair records them at meetings.'}
          </p>
        </div>
      ) : (
        <ActionItemTable items={rows} />
      )}
      <ShowMore list={items} shown={rows.length} noun="action items" />
    </article>
  );
}

function OverviewTable({ overview }: { overview: ActionItemOverview }) {
  return (
    <section aria-labelledby="action-item-overview-heading">
      <h2 id="action-item-overview-heading">Open items by delegation</h2>
      {overview.rows.length === 0 ? (
        <p>No action items are open.</p>
      ) : (
        <table className="action-items-table">
          <caption className="visually-hidden">
            Open, in-progress and overdue action items by owning delegation; a member’s items count for their
            delegation
          </caption>
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col" className="number">
                Open
              </th>
              <th scope="col" className="number">
                In progress
              </th>
              <th scope="col" className="number">
                Overdue
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <tr key={row.delegation?.id ?? 'secretariat'}>
                <th scope="row">
                  {row.delegation ? (
                    <Link to={`/action-items?delegation=${row.delegation.code}&open=true`}>
                      {row.delegation.name}
                    </Link>
                  ) : (
                    'Members without a delegation (secretariat)'
                  )}
                </th>
                <td className="number">{row.open}</td>
                <td className="number">{row.inProgress}</td>
                <td className="number">
                  {row.overdue > 0 && row.delegation ? (
                    <Link
                      to={`/action-items?delegation=${row.delegation.code}&overdue=true`}
                      aria-label={`${row.overdue} overdue for ${row.delegation.name}`}
                    >
                      {row.overdue}
                    </Link>
                  ) : (
                    row.overdue
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All delegations</th>
              <td className="number">{overview.totals.open}</td>
              <td className="number">{overview.totals.inProgress}</td>
              <td className="number">{overview.totals.overdue}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Action items as a table: what, who, by when, where it stands, from which meeting. */
export function ActionItemTable({ items }: { items: readonly ActionItemSummary[] }) {
  return (
    <table className="action-items-table" aria-labelledby="action-item-list-heading">
      <thead>
        <tr>
          <th scope="col">Action item</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Meeting</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <Link to={`/action-items/${item.id}`}>{item.title}</Link>
            </td>
            <td>{ownerName(item.owner)}</td>
            <td>{item.dueOn ? formatDate(item.dueOn) : '—'}</td>
            <td>
              <ActionItemStatusBadges item={item} />
            </td>
            <td>
              <Link to={`/meetings/${item.meeting.id}`}>{item.meeting.title}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
