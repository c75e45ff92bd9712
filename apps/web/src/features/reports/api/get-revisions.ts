import { ReportRevisionSummary } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY } from './keys';

export const getRevisions = (id: string, signal?: AbortSignal) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}/revisions`, {
    schema: z.array(ReportRevisionSummary),
    signal,
  });

export const revisionsQuery = (id: string) =>
  queryOptions({
    queryKey: [...REPORTS_KEY, 'revisions', id],
    queryFn: ({ signal }) => getRevisions(id, signal),
    staleTime: 5_000,
  });

/** Every revision of the report, as the API lists them. */
export const useRevisions = (id: string) => useSuspenseQuery(revisionsQuery(id));
