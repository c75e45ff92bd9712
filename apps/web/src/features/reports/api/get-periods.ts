import { ReportingPeriod } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

export const getPeriods = (signal?: AbortSignal) =>
  apiRequest('/v1/reporting-periods', { schema: z.array(ReportingPeriod), signal });

export const PERIODS_KEY = ['reporting-periods'] as const;

export const periodsQuery = () =>
  queryOptions({
    queryKey: PERIODS_KEY,
    queryFn: ({ signal }) => getPeriods(signal),
    staleTime: 5 * 60_000,
  });

/** The reporting periods, latest first as the API lists them. */
export const usePeriods = () => useSuspenseQuery(periodsQuery());
