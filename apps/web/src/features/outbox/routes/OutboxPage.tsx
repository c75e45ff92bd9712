import type { OutboxStatus } from '@egcc/contracts';
import { Link } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useMemberTimeZone } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { SelectField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { formatDateTime } from '../../../shared/ui/format';
import { OUTBOX_STATUS } from '../../../shared/ui/labels';
import { Notice } from '../../../shared/ui/Notice';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { mailDeliveryQuery, useMailDelivery } from '../api/get-mail-delivery';
import { type OutboxFilters, outboxQuery, useOutbox } from '../api/get-outbox';

const FILTERS = ['status'] as const;
const STATUSES: OutboxStatus[] = ['PENDING', 'SENT', 'FAILED'];

const toQuery = (filters: Partial<Record<'status', string>>): OutboxFilters => ({
  status: oneOf(filters.status, STATUSES),
});

export const outboxLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await Promise.all([
      queryClient.ensureInfiniteQueryData(
        outboxQuery(toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS))),
      ),
      queryClient.ensureQueryData(mailDeliveryQuery()),
    ]);
    return null;
  };

/** Every e-mail the portal has written, and whether it has left. */
export function OutboxPage() {
  usePageTitle('Outbox');
  const filters = useFilters(FILTERS);
  const messages = useOutbox(toQuery(filters.applied));
  const { data: delivery } = useMailDelivery();
  const timeZone = useMemberTimeZone();
  const rows = messages.data.pages.flatMap((page) => page.items);

  return (
    <article className="page">
      <h1>Outbox</h1>
      {delivery.smtpConfigured ? (
        <Notice tone={delivery.failed > 0 ? 'warning' : 'info'} title="Mail is sent through the mail server">
          <p>
            {delivery.pending} waiting to be sent, {delivery.failed} failed.
            {delivery.failed > 0 && ' Open a failed message to see why, and to try it again.'}
          </p>
        </Notice>
      ) : (
        <Notice tone="warning" title="No mail server is set up: nothing is sent">
          <p>
            Messages stay here for you to read. To pass on an invitation or a password-reset link, open the
            message and copy the link from it. ({delivery.pending} waiting.)
          </p>
        </Notice>
      )}
      <form className="filters" role="search" aria-label="Filter the outbox" onSubmit={filters.apply}>
        <SelectField
          {...filters.field('status', 'Status')}
          placeholder="Any"
          options={STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS[status].label }))}
        />
        <FilterActions active={filters.active} onClear={filters.clear} noun="filter" />
      </form>
      {rows.length === 0 ? (
        <p role="status">{filters.active ? 'No message has this status.' : 'The outbox is empty.'}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">To</th>
                <th scope="col">Status</th>
                <th scope="col">Written</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((message) => {
                const status = OUTBOX_STATUS[message.status];
                return (
                  <tr key={message.id}>
                    <th scope="row">
                      <Link to={`/admin/outbox/${message.id}`}>{message.subject}</Link>
                      <span className="table__secondary">{message.template}</span>
                    </th>
                    <td>{message.toAddress}</td>
                    <td>
                      <Badge tone={status.tone}>{status.label}</Badge>
                      {message.sentAt && (
                        <span className="table__secondary">{formatDateTime(message.sentAt, timeZone)}</span>
                      )}
                    </td>
                    <td>{formatDateTime(message.createdAt, timeZone)}</td>
                    <td>{message.attempts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore list={messages} shown={rows.length} noun="messages" />
    </article>
  );
}
