import { ReportPage, ThreadPage } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { MEETINGS_KEY } from './keys';

// What an agenda item may link to: published national reports and discussion threads (the
// latest 100 of each; the builder filters them as the chair types).

export const linkableReportsQuery = () =>
  queryOptions({
    queryKey: [...MEETINGS_KEY, 'linkable', 'reports'],
    queryFn: ({ signal }) =>
      apiRequest('/v1/reports', { query: { status: 'PUBLISHED', limit: 100 }, schema: ReportPage, signal }),
    staleTime: 60_000,
  });

export const linkableThreadsQuery = () =>
  queryOptions({
    queryKey: [...MEETINGS_KEY, 'linkable', 'threads'],
    queryFn: ({ signal }) => apiRequest('/v1/threads', { query: { limit: 100 }, schema: ThreadPage, signal }),
    staleTime: 60_000,
  });

export const useLinkableReports = (enabled: boolean) => useQuery({ ...linkableReportsQuery(), enabled });
export const useLinkableThreads = (enabled: boolean) => useQuery({ ...linkableThreadsQuery(), enabled });
