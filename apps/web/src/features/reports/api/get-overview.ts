import { RegionalOverview } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY } from './keys';

export const getOverview = (period: string, signal?: AbortSignal) =>
  apiRequest('/v1/reports/overview', { query: { period }, schema: RegionalOverview, signal });

export const overviewQuery = (period: string) =>
  queryOptions({
    queryKey: [...REPORTS_KEY, 'overview', period] as const,
    queryFn: ({ signal }) => getOverview(period, signal),
    staleTime: 60_000,
  });

/** Delegations by focus areas for one period: what their published reports cover. */
export const useOverview = (period: string) => useSuspenseQuery(overviewQuery(period));
