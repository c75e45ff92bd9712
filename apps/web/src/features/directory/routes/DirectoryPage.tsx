import type { DelegationSummary } from '@egcc/contracts';
import { Link } from 'react-router';
import type { LoaderFactory } from '../../../shared/api/loader';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { languageOf } from '../../../shared/ui/labels';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { DelegationStatus } from '../components/DelegationStatus';

export const directoryLoader: LoaderFactory = (queryClient) => async () => {
  await queryClient.ensureQueryData(delegationsQuery());
  return null;
};

/** Every delegation: its status, ministries and how many members it has. */
export function DirectoryPage() {
  usePageTitle('Directory');
  const { data: delegations } = useDelegationsSuspense();
  const memberStates = delegations.filter((delegation) => delegation.kind === 'MEMBER_STATE');
  const institutions = delegations.filter((delegation) => delegation.kind === 'INSTITUTION');

  return (
    <article className="page">
      <h1>Directory</h1>
      <p className="lead">
        The delegations of the Expert Group: the member states of the CBSS and the European Commission, with
        their ministries and members.
      </p>
      <DelegationGroup id="member-states" title="Member states" delegations={memberStates} />
      {institutions.length > 0 && (
        <DelegationGroup id="institutions" title="Institutions" delegations={institutions} />
      )}
    </article>
  );
}

function DelegationGroup({
  id,
  title,
  delegations,
}: {
  id: string;
  title: string;
  delegations: DelegationSummary[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul className="card-list card-list--wide">
        {delegations.map((delegation) => {
          const ministries = delegation.ministries.filter((ministry) => !ministry.archived);
          return (
            <li key={delegation.id} className="card" data-status={delegation.membershipStatus}>
              <h3 className="card__title">
                <Link to={`/directory/${delegation.code}`} className="card__link">
                  {delegation.name}
                </Link>
                {delegation.nativeName && delegation.nativeName !== delegation.name && (
                  <span className="card__subtitle" lang={languageOf(delegation.code)}>
                    {' '}
                    {delegation.nativeName}
                  </span>
                )}
              </h3>
              <p>
                <DelegationStatus delegation={delegation} />
              </p>
              <p className="card__meta">
                {delegation.memberCount === 1 ? '1 member' : `${delegation.memberCount} members`}
                {' · '}
                {ministries.length === 1 ? '1 ministry' : `${ministries.length} ministries`}
              </p>
              {ministries.length > 0 && (
                <ul className="compact-list">
                  {ministries.map((ministry) => (
                    <li key={ministry.id}>{ministry.name}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
