import type { CurrentSession } from '@egcc/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from '../api/client';
import { goToSignInAfterExpiry } from './auth-navigation';

// Part of the first page load: types only from the contracts, and a hand-written check
// instead of the zod schema.
function isCurrentSession(value: unknown): value is CurrentSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Record<string, unknown>;
  const member = session['member'] as Record<string, unknown> | null | undefined;
  return (
    typeof member === 'object' &&
    member !== null &&
    typeof member['id'] === 'string' &&
    typeof member['name'] === 'string' &&
    Array.isArray(member['roles']) &&
    typeof session['csrfToken'] === 'string' &&
    Array.isArray(session['permissions']) &&
    typeof session['twoFactorSetupRequired'] === 'boolean'
  );
}

export const currentSessionParser = {
  parse(value: unknown): CurrentSession {
    if (!isCurrentSession(value)) throw new TypeError('The session answer is not a CurrentSession');
    return value;
  },
};

/** The signed-in member's session, or null when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<CurrentSession | null> {
  try {
    const session = await apiRequest('/v1/auth/session', { schema: currentSessionParser, signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const SESSION_KEY = ['session'] as const;

export const sessionQuery = () =>
  queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal, client }) => {
      const before = cachedSession(client);
      const session = await getSession(signal);
      // Looked again (on focus, say) and the session has gone: it ended elsewhere or expired.
      if (before && !session) {
        rememberSession(client, null);
        goToSignInAfterExpiry();
      }
      return session;
    },
    // The session changes by sign-in and sign-out, which set it; a look on focus notices a
    // session that ended elsewhere (signed out on another tab, expired).
    staleTime: 5 * 60_000,
  });

export const useSession = () => useQuery(sessionQuery());

/** The session as far as the cache knows it; undefined before the first answer. */
export function cachedSession(queryClient: QueryClient): CurrentSession | null | undefined {
  return queryClient.getQueryData(SESSION_KEY);
}

/**
 * Puts a session (from signing in or accepting an invitation) or its end (null) in the cache
 * and sends the CSRF token with what follows. Signing out or in as someone else drops every
 * other cached answer: they belonged to the previous member.
 */
export function rememberSession(queryClient: QueryClient, session: CurrentSession | null): void {
  const previous = cachedSession(queryClient);
  if (!session || (previous && previous.member.id !== session.member.id)) {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  }
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(SESSION_KEY, session);
}

/** The signed-in member's time zone, for showing times; the browser's when signed out. */
export function useMemberTimeZone(): string | undefined {
  return useSession().data?.member.timeZone;
}
