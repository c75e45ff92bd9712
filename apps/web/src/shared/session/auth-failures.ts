import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { goTo, goToSignInAfterExpiry } from './auth-navigation';
import { cachedSession, rememberSession, SESSION_KEY } from './session';

export { registerAuthNavigation, type SignInState } from './auth-navigation';

/** Marks a query or mutation whose 401 is an answer for its form, not a lost session. */
export const EXPECTS_UNAUTHENTICATED = { expectsUnauthenticated: true } as const;

/**
 * Called for every failed query and mutation. A 401 while signed in means the session ended
 * (expired, signed out elsewhere): forget it and go to the sign-in page, which returns here.
 * A 403 TWO_FACTOR_SETUP_REQUIRED sends the member to set up two-factor sign-in.
 */
export function handleAuthFailure(
  queryClient: QueryClient,
  error: unknown,
  meta: Record<string, unknown> | undefined,
): void {
  if (!(error instanceof ApiError) || meta?.['expectsUnauthenticated']) return;
  if (error.status === 401 && error.code === 'UNAUTHENTICATED' && cachedSession(queryClient)) {
    rememberSession(queryClient, null);
    goToSignInAfterExpiry();
  } else if (error.code === 'TWO_FACTOR_SETUP_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    goTo('/profile/two-factor');
  }
}
