import { Link, useParams } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { formatDate } from '../../../shared/ui/format';
import { DELEGATION_KIND_LABELS, languageOf, MEMBERSHIP_STATUS, rolesText } from '../../../shared/ui/labels';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { delegationQuery, useDelegation } from '../api/get-delegation';
import { DelegationStatus } from '../components/DelegationStatus';

export const delegationLoader: LoaderFactory =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.ensureQueryData(delegationQuery(params['code'] ?? ''));
    return null;
  };

/** One delegation: its ministries, its members with their contact details, its membership history. */
export function DelegationPage() {
  const { code = '' } = useParams();
  const { data: delegation } = useDelegation(code);
  usePageTitle(delegation.name);
  const ministries = delegation.ministries.filter((ministry) => !ministry.archived);

  return (
    <article className="page">
      <p className="breadcrumbs">
        <Link to="/directory">Directory</Link>
      </p>
      <h1>
        {delegation.name}
        {delegation.nativeName && delegation.nativeName !== delegation.name && (
          <>
            {' '}
            <span className="page__subtitle" lang={languageOf(delegation.code)}>
              {delegation.nativeName}
            </span>
          </>
        )}
      </h1>
      <p className="lead">
        {DELEGATION_KIND_LABELS[delegation.kind]} · <DelegationStatus delegation={delegation} />
      </p>
      {delegation.membershipStatus !== 'ACTIVE' && (
        <p>
          Its members cannot sign in while the delegation does not take part in the group; what they wrote
          stays readable as part of the group&apos;s record.
        </p>
      )}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        {delegation.members.length === 0 ? (
          <p>No members at present.</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">Members of the delegation of {delegation.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Title</th>
                  <th scope="col">Ministry</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {delegation.members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">{member.name}</th>
                    <td>{member.title ?? ''}</td>
                    <td>{member.ministry?.name ?? ''}</td>
                    <td>
                      <a href={`mailto:${member.email}`}>{member.email}</a>
                    </td>
                    <td>{rolesText(member.roles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="ministries-heading">
        <h2 id="ministries-heading">Ministries</h2>
        {ministries.length === 0 ? (
          <p>No ministries recorded.</p>
        ) : (
          <ul className="ministry-list">
            {ministries.map((ministry) => (
              <li key={ministry.id}>
                <strong>{ministry.name}</strong>
                {ministry.abbreviation && ` (${ministry.abbreviation})`}
                {ministry.nativeName && (
                  <>
                    <br />
                    <span lang={languageOf(delegation.code)}>{ministry.nativeName}</span>
                  </>
                )}
                {ministry.website && (
                  <>
                    <br />
                    <a href={ministry.website} rel="noopener noreferrer">
                      {ministry.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Membership history</h2>
        {delegation.statusHistory.length === 0 ? (
          <p>No changes recorded.</p>
        ) : (
          <ol className="timeline">
            {delegation.statusHistory.map((change) => (
              <li key={change.id}>
                <strong>{formatDate(change.effectiveOn)}</strong>: {MEMBERSHIP_STATUS[change.status].label}
                {change.note && <span className="timeline__note"> — {change.note}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
