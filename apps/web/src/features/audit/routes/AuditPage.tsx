import type { AuditEvent } from '@egcc/contracts';
import { useMemberOptions } from '../../../shared/api/get-members';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { useMemberTimeZone } from '../../../shared/session/session';
import { DateField, SelectField, TextField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { formatDateTime } from '../../../shared/ui/format';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  type AuditFilters,
  auditEventsQuery,
  auditExportHref,
  useAuditEvents,
} from '../api/get-audit-events';

const FILTERS = ['action', 'actor', 'targetType', 'targetId', 'from', 'to'] as const;
type FilterValues = Partial<Record<(typeof FILTERS)[number], string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dates are whole days in the browser's time zone: from its first to its last moment. */
function dayBoundary(date: string | undefined, end: boolean): string | undefined {
  if (!date || !DATE.test(date)) return undefined;
  const moment = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(moment.getTime()) ? undefined : moment.toISOString();
}

function toQuery(filters: FilterValues): AuditFilters {
  return {
    action: filters.action,
    actorId: filters.actor && UUID.test(filters.actor) ? filters.actor : undefined,
    targetType: filters.targetType,
    targetId: filters.targetId,
    from: dayBoundary(filters.from, false),
    to: dayBoundary(filters.to, true),
  };
}

export const auditLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.ensureInfiniteQueryData(
      auditEventsQuery(toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS))),
    );
    return null;
  };

/** Who did what, when, from where: the append-only record, filtered, and as CSV. */
export function AuditPage() {
  usePageTitle('Audit log');
  const filters = useFilters(FILTERS);
  const query = toQuery(filters.applied);
  const events = useAuditEvents(query);
  const members = useMemberOptions();
  const ability = useAbility();
  const timeZone = useMemberTimeZone();
  const rows = events.data.pages.flatMap((page) => page.items);
  const invalidRange = Boolean(
    filters.applied.from && filters.applied.to && filters.applied.from > filters.applied.to,
  );

  return (
    <article className="page">
      <div className="page__header">
        <h1>Audit log</h1>
        {ability.can('export', 'AuditEvent') && (
          <a className="button button--secondary" href={auditExportHref(query)} download>
            Download CSV
            <span className="visually-hidden">
              {' '}
              of the events {filters.active ? 'matching the filters' : ''}
            </span>
          </a>
        )}
      </div>
      <p className="lead">
        Every sign-in, change and message, newest first. Times are in your time zone (
        {timeZone ?? 'of this browser'}).
      </p>
      <form className="filters" role="search" aria-label="Filter the audit log" onSubmit={filters.apply}>
        <TextField
          {...filters.field('action', 'Action')}
          width="medium"
          spellCheck={false}
          hint="For example session.signed_in or member."
        />
        <SelectField
          {...filters.field('actor', 'Done by')}
          placeholder="Anyone"
          options={(members.data?.items ?? []).map((member) => ({ value: member.id, label: member.name }))}
        />
        <TextField
          {...filters.field('targetType', 'Record type')}
          width="short"
          spellCheck={false}
          hint="For example member or delegation."
        />
        <TextField {...filters.field('targetId', 'Record id')} width="medium" spellCheck={false} />
        <DateField {...filters.field('from', 'From')} />
        <DateField
          {...filters.field('to', 'To')}
          error={invalidRange ? 'The end of the date range must be on or after its start' : undefined}
        />
        <FilterActions active={filters.active} onClear={filters.clear} />
      </form>
      {rows.length === 0 ? (
        <p role="status">
          {filters.active ? 'No events match these filters.' : 'Nothing has been recorded yet.'}
        </p>
      ) : (
        <div className="table-wrapper">
          <table className="table table--dense">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">From</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <AuditRow key={event.id} event={event} timeZone={timeZone} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore list={events} shown={rows.length} noun="events" />
    </article>
  );
}

function AuditRow({ event, timeZone }: { event: AuditEvent; timeZone: string | undefined }) {
  const details = Object.keys(event.details).length > 0 ? JSON.stringify(event.details, null, 2) : null;
  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, timeZone)}</time>
      </td>
      <td>
        {event.actor ? (
          <>
            {event.actor.name}
            <span className="table__secondary">{event.actor.email}</span>
          </>
        ) : (
          'Not signed in'
        )}
      </td>
      <td>
        <code>{event.action}</code>
      </td>
      <td>
        {event.targetType ? (
          <>
            {event.targetType}
            {event.targetId && <span className="table__secondary table__id">{event.targetId}</span>}
          </>
        ) : (
          'None'
        )}
      </td>
      <td>{event.ipAddress ?? 'Unknown'}</td>
      <td>
        {details ? (
          <details className="details details--inline">
            <summary>
              Show<span className="visually-hidden"> details of {event.action}</span>
            </summary>
            <pre className="pre">{details}</pre>
          </details>
        ) : (
          'None'
        )}
        {event.requestId && <span className="table__secondary">Request {event.requestId}</span>}
      </td>
    </tr>
  );
}
