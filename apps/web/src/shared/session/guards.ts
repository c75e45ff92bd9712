import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { safeNextPath, signInPath } from './next-path';
import { sessionQuery } from './session';

export const TWO_FACTOR_PATH = '/profile/two-factor';

/**
 * Pages for members only: nobody signed in goes to the sign-in page (which comes back here);
 * a member who must set up two-factor sign-in first goes to do so.
 */
export const requireSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery());
    const url = new URL(request.url);
    if (!session) throw redirect(signInPath(`${url.pathname}${url.search}`));
    if (session.twoFactorSetupRequired && url.pathname !== TWO_FACTOR_PATH) throw redirect(TWO_FACTOR_PATH);
    return null;
  };

/** Sign-in and "forgot password" make no sense when signed in: go where the member was going. */
export const redirectIfSignedIn =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery());
    if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };
