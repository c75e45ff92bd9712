import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  const location = useLocation();
  return (
    <article className="page">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>. It may have moved, or the address may be
        mistyped.
      </p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </article>
  );
}
