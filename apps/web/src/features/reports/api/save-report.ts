import { ReportDetail, type SaveReportRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { REPORTS_KEY, reportKey } from './keys';

/** Saves the whole content; a `version` older than the report's answers 409 with `currentVersion`. */
export const saveReport = (id: string, body: SaveReportRequest) =>
  apiRequest(`/v1/reports/${encodeURIComponent(id)}`, { method: 'PUT', body, schema: ReportDetail });

/** The version someone else saved meanwhile, when the save failed for being based on an older one. */
export function staleVersionOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.problem as { currentVersion?: unknown }).currentVersion;
  return typeof current === 'number' ? current : null;
}

export function useSaveReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveReportRequest) => saveReport(id, body),
    onSuccess: async (report) => {
      queryClient.setQueryData(reportKey(id), report);
      // The list, the history and the overview change with the report; its own page is set above.
      await queryClient.invalidateQueries({
        queryKey: REPORTS_KEY,
        predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== id,
      });
    },
  });
}
