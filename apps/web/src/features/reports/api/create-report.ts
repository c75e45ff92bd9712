import { type CreateReportRequest, ReportDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { REPORT_LIST_KEY, reportKey } from './keys';

export const createReport = (body: CreateReportRequest, idempotencyKey: string) =>
  apiRequest('/v1/reports', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
    schema: ReportDetail,
  });

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateReportRequest; idempotencyKey: string }) =>
      createReport(body, idempotencyKey),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(report.id), report);
      return queryClient.invalidateQueries({ queryKey: REPORT_LIST_KEY });
    },
  });
}
