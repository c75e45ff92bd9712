import { type InvitationListQuery, InvitationPage } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export type InvitationFilters = Omit<Partial<InvitationListQuery>, 'cursor'>;

export const getInvitations = (query: Partial<InvitationListQuery>, signal?: AbortSignal) =>
  apiRequest('/v1/invitations', { query, schema: InvitationPage, signal });

export const INVITATIONS_KEY = ['invitations'] as const;

export const invitationsQuery = (filters: InvitationFilters) =>
  infiniteQueryOptions({
    queryKey: [...INVITATIONS_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) => getInvitations({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useInvitations = (filters: InvitationFilters) =>
  useSuspenseInfiniteQuery(invitationsQuery(filters));
