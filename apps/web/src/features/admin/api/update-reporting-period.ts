import { ReportingPeriod, type UpdateReportingPeriodRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTING_PERIODS_KEY } from './get-reporting-periods';

export const updateReportingPeriod = (id: string, body: UpdateReportingPeriodRequest) =>
  apiRequest(`/v1/reporting-periods/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    schema: ReportingPeriod,
  });

export function useUpdateReportingPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateReportingPeriodRequest }) =>
      updateReportingPeriod(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTING_PERIODS_KEY }),
  });
}
