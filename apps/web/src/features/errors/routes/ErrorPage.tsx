import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError, NetworkError } from '../../../shared/api/client';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

/**
 * Shown when a page fails to load or render; says what happened and what to do. `standalone`
 * when the layout itself failed, so the page still has its main landmark.
 */
export function ErrorPage({ standalone = false }: { standalone?: boolean }) {
  usePageTitle('Something went wrong');
  const error = useRouteError();
  let message = 'An unexpected error stopped this page from loading.';
  let requestId: string | undefined;
  if (error instanceof ApiError) {
    message = error.problem.detail ?? error.problem.title;
    requestId = error.problem.requestId;
  } else if (error instanceof NetworkError) {
    message = error.message;
  } else if (isRouteErrorResponse(error)) {
    message = `${error.status} ${error.statusText}`;
  }
  const content = (
    <article className="page" role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      {requestId && (
        <p>
          If you contact the secretariat about this, quote the reference <code>{requestId}</code>.
        </p>
      )}
      <p>
        <a href={window.location.pathname}>Reload this page</a> or <Link to="/">go to the home page</Link>.
      </p>
    </article>
  );
  return standalone ? (
    <main id="main" className="site-main">
      {content}
    </main>
  ) : (
    content
  );
}
