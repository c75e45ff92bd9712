import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { reportKey } from './keys';

export const removeAttachment = (reportId: string, attachmentId: string) =>
  apiRequest(`/v1/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`, {
    method: 'DELETE',
  });

export function useRemoveAttachment(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => removeAttachment(reportId, attachmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKey(reportId) }),
  });
}
