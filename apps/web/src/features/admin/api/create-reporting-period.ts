import { type CreateReportingPeriodRequest, ReportingPeriod } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTING_PERIODS_KEY } from './get-reporting-periods';

export const createReportingPeriod = (body: CreateReportingPeriodRequest) =>
  apiRequest('/v1/reporting-periods', { method: 'POST', body, schema: ReportingPeriod });

export function useCreateReportingPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReportingPeriod,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTING_PERIODS_KEY }),
  });
}
