import type { Role, UserStatus } from '@egcc/contracts';
import { Link } from 'react-router';
import { useDelegations } from '../../../shared/api/get-delegations';
import { type MemberFilters, membersQuery, useMembers } from '../../../shared/api/get-members';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useAbility } from '../../../shared/session/ability';
import { useMemberTimeZone } from '../../../shared/session/session';
import { Badge } from '../../../shared/ui/Badge';
import { SelectField, TextField } from '../../../shared/ui/form';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { formatDateTime } from '../../../shared/ui/format';
import { ROLE_LABELS, ROLE_ORDER, rolesText, USER_STATUS } from '../../../shared/ui/labels';
import { Flash } from '../../../shared/ui/Notice';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, oneOf, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

const FILTERS = ['q', 'delegation', 'role', 'status'] as const;
const STATUSES: UserStatus[] = ['INVITED', 'ACTIVE', 'DEACTIVATED'];

function toQuery(filters: Partial<Record<(typeof FILTERS)[number], string>>): MemberFilters {
  return {
    q: filters.q,
    delegation: filters.delegation,
    role: oneOf<Role>(filters.role, ROLE_ORDER),
    status: oneOf(filters.status, STATUSES),
  };
}

export const membersLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const filters = toQuery(filtersFrom(new URL(request.url).searchParams, FILTERS));
    await queryClient.ensureInfiniteQueryData(membersQuery(filters));
    return null;
  };

/** Every member, for the secretariat: find, filter, open one to edit. */
export function MembersPage() {
  usePageTitle('Members');
  const filters = useFilters(FILTERS);
  const members = useMembers(toQuery(filters.applied));
  const delegations = useDelegations();
  const ability = useAbility();
  const timeZone = useMemberTimeZone();
  const rows = members.data.pages.flatMap((page) => page.items);

  return (
    <article className="page">
      <div className="page__header">
        <h1>Members</h1>
        {ability.can('create', 'Invitation') && (
          <Link to="/admin/invitations/new" className="button">
            Invite a member
          </Link>
        )}
      </div>
      <Flash />
      <form className="filters" role="search" aria-label="Filter members" onSubmit={filters.apply}>
        <TextField {...filters.field('q', 'Name or e-mail')} type="search" width="medium" />
        <SelectField
          {...filters.field('delegation', 'Delegation')}
          placeholder="Any"
          options={(delegations.data ?? []).map((delegation) => ({
            value: delegation.code,
            label: delegation.name,
          }))}
        />
        <SelectField
          {...filters.field('role', 'Role')}
          placeholder="Any"
          options={ROLE_ORDER.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        />
        <SelectField
          {...filters.field('status', 'Status')}
          placeholder="Any"
          options={STATUSES.map((status) => ({ value: status, label: USER_STATUS[status].label }))}
        />
        <FilterActions active={filters.active} onClear={filters.clear} />
      </form>

      {rows.length === 0 ? (
        <p role="status">
          {filters.active ? 'No member matches these filters.' : 'There are no members yet.'}
        </p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Members{filters.active ? ', filtered' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Delegation</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    <Link to={`/admin/members/${member.id}`}>{member.name}</Link>
                    <span className="table__secondary">{member.email}</span>
                  </th>
                  <td>{member.delegation?.name ?? 'None'}</td>
                  <td>{rolesText(member.roles)}</td>
                  <td>
                    <Badge tone={USER_STATUS[member.status].tone}>{USER_STATUS[member.status].label}</Badge>
                  </td>
                  <td>{member.lastSignInAt ? formatDateTime(member.lastSignInAt, timeZone) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore list={members} shown={rows.length} noun="members" />
    </article>
  );
}
