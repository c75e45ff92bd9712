import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { ApiError, NetworkError } from '../../../shared/api/client';
import { signInPath } from '../../../shared/session/next-path';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

interface Explanation {
  title: string;
  message: string;
  requestId?: string;
  action?: 'sign-in' | 'two-factor';
}

function explain(error: unknown): Explanation {
  if (error instanceof ApiError) {
    const requestId = error.problem.requestId;
    if (error.status === 401) {
      return { title: 'Please sign in', message: 'Your session has ended.', action: 'sign-in' };
    }
    if (error.code === 'TWO_FACTOR_SETUP_REQUIRED') {
      return {
        title: 'Set up two-factor sign-in first',
        message: error.problem.detail ?? 'The portal requires two-factor sign-in for your account.',
        action: 'two-factor',
      };
    }
    if (error.status === 403) {
      return {
        title: 'You do not have access to this page',
        message:
          'This page is for members with another role. If you think you should have access, contact the ' +
          "Children's Unit of the CBSS Secretariat.",
        requestId,
      };
    }
    if (error.status === 404) {
      return {
        title: 'Page not found',
        message: error.problem.detail ?? 'There is nothing here, or you may not see it.',
      };
    }
    return { title: 'Something went wrong', message: error.problem.detail ?? error.problem.title, requestId };
  }
  if (error instanceof NetworkError) return { title: 'Something went wrong', message: error.message };
  if (isRouteErrorResponse(error)) {
    if (error.status === 404)
      return { title: 'Page not found', message: 'There is no page at this address.' };
    return { title: 'Something went wrong', message: `${error.status} ${error.statusText}` };
  }
  return { title: 'Something went wrong', message: 'An unexpected error stopped this page from loading.' };
}

/**
 * Shown when a page fails to load or render; says what happened and what to do. `standalone`
 * when the layout itself failed, so the page still has its main landmark.
 */
export function ErrorPage({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const location = useLocation();
  const { title, message, requestId, action } = explain(error);
  usePageTitle(title);
  const content = (
    <article className="page" role={title === 'Something went wrong' ? 'alert' : undefined}>
      <h1>{title}</h1>
      <p>{message}</p>
      {requestId && (
        <p>
          If you contact the secretariat about this, quote the reference <code>{requestId}</code>.
        </p>
      )}
      {action === 'sign-in' && (
        <p>
          <Link to={signInPath(`${location.pathname}${location.search}`)}>Sign in</Link> to continue.
        </p>
      )}
      {action === 'two-factor' && (
        <p>
          <Link to="/profile/two-factor">Set up two-factor sign-in</Link>
        </p>
      )}
      {title === 'Something went wrong' ? (
        <p>
          <a href={location.pathname}>Reload this page</a> or <Link to="/">go to the home page</Link>.
        </p>
      ) : (
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      )}
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
