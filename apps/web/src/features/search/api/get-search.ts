import { type SearchQuery, SearchResults } from '@egcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SEARCH_KEY } from './keys';

/** A search as the results page asks it: the query and its filters, without the cursor. */
export type SearchRequest = Omit<SearchQuery, 'cursor' | 'limit' | 'types'> & { types?: string };

export const getSearch = (search: SearchRequest, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest('/v1/search', { query: { ...search, cursor, limit: 20 }, schema: SearchResults, signal });

export const searchQuery = (search: SearchRequest) =>
  infiniteQueryOptions({
    queryKey: [...SEARCH_KEY, 'results', search],
    queryFn: ({ pageParam, signal }) => getSearch(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });

/** The results, page by page; nothing is asked for while `search` is null (no query yet, or one that cannot be sent). */
export const useSearch = (search: SearchRequest | null) =>
  useInfiniteQuery({
    ...searchQuery(search ?? { q: '' }),
    enabled: search !== null,
    // A search that failed (a 400, mostly) is shown as it is, not asked again.
    retryOnMount: false,
  });
