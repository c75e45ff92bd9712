import { ThreadDetail, type UpdateThreadRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';
import { setThreadDetail } from './get-thread';

export const updateThread = (threadId: string, body: UpdateThreadRequest) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}`, { method: 'PATCH', body, schema: ThreadDetail });

/** The title (its author) or the tags (chairs and the secretariat). */
export function useUpdateThread(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateThreadRequest) => updateThread(threadId, body),
    onSuccess: (thread) => {
      setThreadDetail(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
    },
  });
}
