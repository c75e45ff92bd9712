import type { InvitationStatus, InvitationSummary } from '@egcc/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../shared/api/client';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { useMemberTimeZone } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Button, SelectField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { formatDateTime } from '../../../shared/ui/format';
import { INVITATION_STATUS, rolesText } from '../../../shared/ui/labels';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { type InvitationFilters, invitationsQuery, useInvitations } from '../api/get-invitations';
import { useResendInvitation } from '../api/resend-invitation';
import { useRevokeInvitation } from '../api/revoke-invitation';

const FILTERS = ['status'] as const;
const STATUSES: InvitationStatus[] = ['PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED'];

const toQuery = (filters: Partial<Record<'status', string>>): InvitationFilters => ({
  status: oneOf(filters.status, STATUSES),
});

export const invitationsLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.ensureInfiniteQueryData(
      invitationsQuery(toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS))),
    );
    return null;
  };

/** Invitations sent, and what became of them; send again or withdraw. */
export function InvitationsPage() {
  usePageTitle('Invitations');
  const filters = useFilters(FILTERS);
  const invitations = useInvitations(toQuery(filters.applied));
  const ability = useAbility();
  const timeZone = useMemberTimeZone();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [revoking, setRevoking] = useState<InvitationSummary | null>(null);
  const rows = invitations.data.pages.flatMap((page) => page.items);

  const sendAgain = (invitation: InvitationSummary) => {
    setMessage(null);
    resend.mutate(invitation.id, {
      onSuccess: () =>
        setMessage({
          tone: 'success',
          text: `A new invitation was sent to ${invitation.email}. The earlier link no longer works.`,
        }),
      onError: (error) => setMessage({ tone: 'error', text: describeError(error) }),
    });
  };

  return (
    <article className="page">
      <div className="page__header">
        <h1>Invitations</h1>
        {ability.can('create', 'Invitation') && (
          <Link to="/admin/invitations/new" className="button">
            Invite a member
          </Link>
        )}
      </div>
      <Flash />
      <div aria-live="polite">
        {message && (
          <Notice tone={message.tone}>
            <p>{message.text}</p>
          </Notice>
        )}
      </div>
      <form className="filters" role="search" aria-label="Filter invitations" onSubmit={filters.apply}>
        <SelectField
          {...filters.field('status', 'Status')}
          placeholder="Any"
          options={STATUSES.map((status) => ({ value: status, label: INVITATION_STATUS[status].label }))}
        />
        <FilterActions active={filters.active} onClear={filters.clear} noun="filter" />
      </form>
      {rows.length === 0 ? (
        <p role="status">
          {filters.active ? 'No invitation has this status.' : 'No invitations have been sent yet.'}
        </p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Invitations, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Invitee</th>
                <th scope="col">Role and delegation</th>
                <th scope="col">Status</th>
                <th scope="col">Sent</th>
                <th scope="col">Link valid until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((invitation) => {
                const status = INVITATION_STATUS[invitation.status];
                const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
                return (
                  <tr key={invitation.id}>
                    <th scope="row">
                      <Link to={`/admin/members/${invitation.memberId}`}>{invitation.name}</Link>
                      <span className="table__secondary">{invitation.email}</span>
                    </th>
                    <td>
                      {rolesText(invitation.roles)}
                      {invitation.delegation && (
                        <span className="table__secondary">{invitation.delegation.name}</span>
                      )}
                    </td>
                    <td>
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </td>
                    <td>
                      {formatDateTime(invitation.lastSentAt, timeZone)}
                      <span className="table__secondary">
                        {invitation.sendCount === 1 ? 'once' : `${invitation.sendCount} times`}
                        {invitation.invitedBy && `, by ${invitation.invitedBy.name}`}
                      </span>
                    </td>
                    <td>{open ? formatDateTime(invitation.expiresAt, timeZone) : '—'}</td>
                    <td>
                      <div className="button-group button-group--compact">
                        {open && ability.can('resend', 'Invitation') && (
                          <Button
                            variant="secondary"
                            pending={resend.isPending && resend.variables === invitation.id}
                            pendingLabel="Sending…"
                            onClick={() => sendAgain(invitation)}
                          >
                            Send again<span className="visually-hidden"> to {invitation.email}</span>
                          </Button>
                        )}
                        {invitation.status === 'PENDING' && ability.can('revoke', 'Invitation') && (
                          <Button variant="warning" onClick={() => setRevoking(invitation)}>
                            Withdraw
                            <span className="visually-hidden"> the invitation of {invitation.email}</span>
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore list={invitations} shown={rows.length} noun="invitations" />
      <ConfirmDialog
        open={revoking !== null}
        title={`Withdraw the invitation of ${revoking?.name ?? ''}?`}
        confirmLabel="Withdraw the invitation"
        pendingLabel="Withdrawing…"
        pending={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : null}
        onCancel={() => {
          revoke.reset();
          setRevoking(null);
        }}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setMessage({
                tone: 'success',
                text: `The invitation of ${revoking.email} has been withdrawn.`,
              });
              setRevoking(null);
            },
          });
        }}
      >
        <p>
          The link in the invitation e-mail will stop working. You can invite {revoking?.email} again later.
        </p>
      </ConfirmDialog>
    </article>
  );
}
