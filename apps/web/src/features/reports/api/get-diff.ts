import { ReportDiff } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY } from './keys';

export const getDiff = (id: string, from: number, to: number, signal?: AbortSignal) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}/diff`, {
    query: { from, to },
    schema: ReportDiff,
    signal,
  });

export const diffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...REPORTS_KEY, 'diff', id, from, to],
    queryFn: ({ signal }) => getDiff(id, from, to, signal),
    staleTime: Infinity,
  });

/** What changed from one revision to another; nothing is asked until both are chosen. */
export const useDiff = (id: string, range: { from: number; to: number } | null) =>
  useQuery({ ...diffQuery(id, range?.from ?? 0, range?.to ?? 0), enabled: range !== null });
