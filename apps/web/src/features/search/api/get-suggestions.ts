import { SearchSuggestions } from '@egcc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { SEARCH_KEY } from './keys';

export const getSuggestions = (q: string, signal?: AbortSignal) =>
  apiRequest('/v1/search/suggestions', { query: { q }, schema: SearchSuggestions, signal });

export const suggestionsQuery = (q: string) =>
  queryOptions({
    queryKey: [...SEARCH_KEY, 'suggestions', q],
    queryFn: ({ signal }) => getSuggestions(q, signal),
    staleTime: 30_000,
  });

/** Suggestions for what is typed; none asked for an empty query. The last answer stays while the next loads. */
export const useSuggestions = (q: string) =>
  useQuery({ ...suggestionsQuery(q), enabled: q !== '', placeholderData: keepPreviousData, retry: false });
