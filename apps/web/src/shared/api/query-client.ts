import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { handleAuthFailure } from '../session/auth-failures';
import { ApiError } from './client';

/** Retry only what may succeed on a retry: network failures and 503s, not 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) return error.status === 503;
  return true;
}

/** The app's query client: sensible retries, and one place that reacts to a lost session. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => handleAuthFailure(client, error, query.meta),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => handleAuthFailure(client, error, mutation.meta),
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return client;
}

export const queryClient = createQueryClient();
