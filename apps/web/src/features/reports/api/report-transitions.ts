import { ReportDetail, type ReturnReportRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY, reportKey } from './keys';

export type ReportTransition = 'submit' | 'withdraw' | 'publish' | 'return';

/** Moves the report along its workflow; "return" needs a comment saying what to change. */
export const transitionReport = (id: string, transition: ReportTransition, body?: ReturnReportRequest) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}/${transition}`, {
    method: 'POST',
    body: transition === 'return' ? body : undefined,
    schema: ReportDetail,
  });

export function useReportTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transition, body }: { transition: ReportTransition; body?: ReturnReportRequest }) =>
      transitionReport(id, transition, body),
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKey(id), report);
      await queryClient.invalidateQueries({
        queryKey: REPORTS_KEY,
        predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
      });
    },
  });
}
