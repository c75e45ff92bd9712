import { OutboxPage, type OutboxQuery } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export type OutboxFilters = Omit<Partial<OutboxQuery>, 'cursor' | 'limit'>;

export const OUTBOX_KEY = ['outbox'] as const;

export const getOutbox = (query: Partial<OutboxQuery>, signal?: AbortSignal) =>
  apiRequest('/v1/outbox', { query, schema: OutboxPage, signal });

export const outboxQuery = (filters: OutboxFilters) =>
  infiniteQueryOptions({
    queryKey: [...OUTBOX_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) => getOutbox({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useOutbox = (filters: OutboxFilters) => useSuspenseInfiniteQuery(outboxQuery(filters));
