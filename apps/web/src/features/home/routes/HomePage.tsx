import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useHealth } from '../api/get-health';

export function HomePage() {
  usePageTitle('Home');
  const health = useHealth();

  return (
    <article className="page">
      <h1>Welcome to the EGCC Portal</h1>
      <p className="lead">
        The members&apos; workspace of the Expert Group for Cooperation on Children at Risk: senior officials
        of the ministries responsible for children&apos;s issues in the Baltic Sea region, the European
        Commission and the Children&apos;s Unit of the CBSS Secretariat.
      </p>
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
