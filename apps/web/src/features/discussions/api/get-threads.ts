import { ThreadPage } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';

export interface ThreadFilters {
  focusArea?: string;
  gapKind?: string;
  delegation?: string;
  /** Member id of the thread's author. */
  author?: string;
  unread?: boolean;
  mine?: boolean;
}

export const THREAD_LIST_KEY = [...THREADS_KEY, 'list'] as const;

export const getThreads = (filters: ThreadFilters, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest('/v1/threads', {
    query: {
      focusArea: filters.focusArea,
      gapKind: filters.gapKind,
      delegation: filters.delegation,
      author: filters.author,
      unread: filters.unread ? 'true' : undefined,
      mine: filters.mine ? 'true' : undefined,
      cursor,
      limit: 25,
    },
    schema: ThreadPage,
    signal,
  });

export const threadsQuery = (filters: ThreadFilters) =>
  infiniteQueryOptions({
    queryKey: [...THREAD_LIST_KEY, filters],
    queryFn: ({ pageParam, signal }) => getThreads(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });

export const useThreads = (filters: ThreadFilters) => useSuspenseInfiniteQuery(threadsQuery(filters));
