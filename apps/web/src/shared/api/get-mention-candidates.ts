import { PersonRef } from '@egcc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';

export const getMentionCandidates = (q: string, signal?: AbortSignal) =>
  apiRequest('/v1/mentions/candidates', { query: { q }, schema: z.array(PersonRef), signal });

export const mentionCandidatesQuery = (q: string) =>
  queryOptions({
    queryKey: ['mention-candidates', q.toLowerCase()],
    queryFn: ({ signal }) => getMentionCandidates(q, signal),
    staleTime: 5 * 60_000,
  });

/** Members whose handle or name starts with what follows "@"; nothing for an empty query. */
export const useMentionCandidates = (q: string | null) =>
  useQuery({
    ...mentionCandidatesQuery(q ?? ''),
    enabled: Boolean(q),
    placeholderData: keepPreviousData,
  });
