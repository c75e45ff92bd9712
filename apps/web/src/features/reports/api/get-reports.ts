import { ReportPage, type ReportStatus } from '@egcc/contracts';
import { infiniteQueryOptions, queryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORT_LIST_KEY } from './keys';

export interface ReportFilters {
  /** A period's code, e.g. "2026-H2". */
  period?: string;
  /** A delegation's code, e.g. "ee". */
  delegation?: string;
  status?: ReportStatus;
}

export const getReports = (
  filters: ReportFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit = 25,
) =>
  apiRequest('/v1/reports', {
    query: { period: filters.period, delegation: filters.delegation, status: filters.status, cursor, limit },
    schema: ReportPage,
    signal,
  });

export const reportsQuery = (filters: ReportFilters) =>
  infiniteQueryOptions({
    queryKey: [...REPORT_LIST_KEY, filters],
    queryFn: ({ pageParam, signal }) => getReports(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });

export const useReports = (filters: ReportFilters) => useSuspenseInfiniteQuery(reportsQuery(filters));

/** Up to 100 reports of one delegation (each period has at most one): to know which periods are left. */
export const delegationReportsQuery = (delegation: string) =>
  queryOptions({
    queryKey: [...REPORT_LIST_KEY, 'delegation', delegation],
    queryFn: ({ signal }) => getReports({ delegation }, undefined, signal, 100),
    staleTime: 10_000,
  });
