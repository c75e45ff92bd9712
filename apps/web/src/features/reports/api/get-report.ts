import { ReportDetail } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { reportKey } from './keys';

export const getReport = (id: string, signal?: AbortSignal) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}`, { schema: ReportDetail, signal });

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKey(id),
    queryFn: ({ signal }) => getReport(id, signal),
    staleTime: 5_000,
  });

export const useReport = (id: string) => useSuspenseQuery(reportQuery(id));
