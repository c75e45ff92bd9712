import { ReportingPeriod } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

// The reporting periods, for the period filter (the same list and key as the reports pages use).
export const getPeriods = (signal?: AbortSignal) =>
  apiRequest('/v1/reporting-periods', { schema: z.array(ReportingPeriod), signal });

export const periodsQuery = () =>
  queryOptions({
    queryKey: ['reporting-periods'] as const,
    queryFn: ({ signal }) => getPeriods(signal),
    staleTime: 5 * 60_000,
  });

export const usePeriods = () => useSuspenseQuery(periodsQuery());
