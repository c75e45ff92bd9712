import { ReportingPeriod } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

export const REPORTING_PERIODS_KEY = ['reporting-periods'] as const;

export const getReportingPeriods = (signal?: AbortSignal) =>
  apiRequest('/v1/reporting-periods', { schema: z.array(ReportingPeriod), signal });

export const reportingPeriodsQuery = () =>
  queryOptions({
    queryKey: REPORTING_PERIODS_KEY,
    queryFn: ({ signal }) => getReportingPeriods(signal),
    staleTime: 60_000,
  });

export const useReportingPeriods = () => useSuspenseQuery(reportingPeriodsQuery());
