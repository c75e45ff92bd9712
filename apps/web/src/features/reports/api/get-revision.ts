import { ReportRevisionDetail } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY } from './keys';

export const getRevision = (id: string, version: number, signal?: AbortSignal) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}/revisions/${version}`, {
    schema: ReportRevisionDetail,
    signal,
  });

export const revisionQuery = (id: string, version: number) =>
  queryOptions({
    queryKey: [...REPORTS_KEY, 'revision', id, version],
    queryFn: ({ signal }) => getRevision(id, version, signal),
    // A revision never changes.
    staleTime: Infinity,
  });

export const useRevision = (id: string, version: number | null) =>
  useQuery({ ...revisionQuery(id, version ?? 0), enabled: version !== null });
