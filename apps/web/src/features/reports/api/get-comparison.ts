import { ReportComparison } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY } from './keys';

export const getComparison = (period: string, delegations: readonly string[], signal?: AbortSignal) =>
  apiRequest('/v1/reports/comparison', {
    query: { period, delegations: delegations.join(',') },
    schema: ReportComparison,
    signal,
  });

export const comparisonQuery = (period: string, delegations: readonly string[]) =>
  queryOptions({
    queryKey: [...REPORTS_KEY, 'comparison', period, delegations.join(',')] as const,
    queryFn: ({ signal }) => getComparison(period, delegations, signal),
    staleTime: 60_000,
  });

/** The chosen delegations' published reports for a period, in the order chosen. */
export const useComparison = (period: string, delegations: readonly string[]) =>
  useSuspenseQuery(comparisonQuery(period, delegations));
