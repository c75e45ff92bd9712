import { Link } from 'react-router';
import { canAdminister, useAbility } from '../../../shared/session/ability';
import { useSession } from '../../../shared/session/session';
import { rolesText } from '../../../shared/ui/labels';
import { Flash } from '../../../shared/ui/Notice';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useHealth } from '../api/get-health';

export function HomePage() {
  usePageTitle('Home');
  const health = useHealth();
  const { data: session } = useSession();
  const ability = useAbility();
  const member = session?.member;

  return (
    <article className="page">
      <h1>Welcome to the EGCC Portal</h1>
      <Flash />
      {member && (
        <p className="greeting">
          Hello, <strong>{member.name}</strong>{' '}
          <span className="greeting__role">
            — {[rolesText(member.roles), member.delegation?.name].filter(Boolean).join(', ')}
          </span>
        </p>
      )}
      <p className="lead">
        The members&apos; workspace of the Expert Group for Cooperation on Children at Risk: senior officials
        of the ministries responsible for children&apos;s issues in the Baltic Sea region, the European
        Commission and the Children&apos;s Unit of the CBSS Secretariat.
      </p>
      <section aria-labelledby="shortcuts-heading" className="shortcuts">
        <h2 id="shortcuts-heading">Go to</h2>
        <ul className="card-list">
          <li className="card">
            <Link to="/directory" className="card__link">
              Directory
            </Link>
            <p>The delegations, their ministries and members, with their contact details.</p>
          </li>
          <li className="card">
            <Link to="/profile" className="card__link">
              Your profile
            </Link>
            <p>Your name, title and time zone; your password, sessions and two-factor sign-in.</p>
          </li>
          {canAdminister(ability) && (
            <li className="card">
              <Link to="/admin" className="card__link">
                Admin
              </Link>
              <p>Members and invitations, delegations, the audit log and the mail outbox.</p>
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What members do here</h2>
        <ul className="plain-list">
          <li>File national-development reports: measures taken, good practices and remaining gaps.</li>
          <li>Discuss gaps in services, expertise and capacity between meetings.</li>
          <li>Prepare meetings, follow their agendas, and follow up decisions and action items.</li>
        </ul>
      </section>
      <section aria-labelledby="status-heading" className="status">
        <h2 id="status-heading">Service status</h2>
        <p role="status">
          {health.isPending && 'Checking…'}
          {health.isError && 'The portal cannot be reached at the moment.'}
          {health.isSuccess && `The portal is running (version ${health.data.version}).`}
        </p>
      </section>
    </article>
  );
}
