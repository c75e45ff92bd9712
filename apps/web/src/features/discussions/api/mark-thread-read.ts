import { ThreadDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY, UNREAD_KEY } from '../../../shared/live/unread';
import { setThreadDetail } from './get-thread';

export const markThreadRead = (threadId: string, lastReadPostNumber: number) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}/read`, {
    method: 'PUT',
    body: { lastReadPostNumber },
    schema: ThreadDetail,
  });

/** Records how far the member has read; the badges and lists follow. */
export function useMarkThreadRead(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lastReadPostNumber: number) => markThreadRead(threadId, lastReadPostNumber),
    onSuccess: (thread) => {
      setThreadDetail(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
    },
  });
}
