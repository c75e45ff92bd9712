import { type MemberListQuery, MemberPage } from '@egcc/contracts';
import {
  infiniteQueryOptions,
  queryOptions,
  useQuery,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query';
import { apiRequest } from './client';

// Shared by the members admin pages and the audit log's "actor" filter.

export type MemberFilters = Omit<Partial<MemberListQuery>, 'cursor'>;

export const getMembers = (query: Partial<MemberListQuery>, signal?: AbortSignal) =>
  apiRequest('/v1/members', { query, schema: MemberPage, signal });

export const MEMBERS_KEY = ['members'] as const;

export const membersQuery = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: [...MEMBERS_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) => getMembers({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useMembers = (filters: MemberFilters) => useSuspenseInfiniteQuery(membersQuery(filters));

/** Up to 100 members, for pickers (the audit log's "who" filter). */
export const memberOptionsQuery = () =>
  queryOptions({
    queryKey: [...MEMBERS_KEY, 'options'],
    queryFn: ({ signal }) => getMembers({ limit: 100 }, signal),
    staleTime: 5 * 60_000,
  });

export const useMemberOptions = () => useQuery(memberOptionsQuery());
