import { AuditPage, type AuditQuery } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../../../shared/api/client';

export type AuditFilters = Omit<Partial<AuditQuery>, 'cursor' | 'limit'>;

export const getAuditEvents = (query: Partial<AuditQuery>, signal?: AbortSignal) =>
  apiRequest('/v1/audit-events', { query, schema: AuditPage, signal });

export const auditEventsQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam, signal }) => getAuditEvents({ ...filters, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useAuditEvents = (filters: AuditFilters) => useSuspenseInfiniteQuery(auditEventsQuery(filters));

/** The CSV export of the same events: a plain link, so the browser downloads it. */
export const auditExportHref = (filters: AuditFilters) =>
  `/api/v1/audit-events/export${queryString(filters)}`;
