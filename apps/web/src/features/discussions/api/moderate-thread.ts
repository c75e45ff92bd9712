import { ThreadDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';
import { setThreadDetail } from './get-thread';

export type ThreadFlagAction = 'pin' | 'unpin' | 'lock' | 'unlock';

/** Pin or unpin, lock or unlock a thread: chairs and the secretariat. */
export const setThreadFlag = (threadId: string, action: ThreadFlagAction) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}/${action}`, {
    method: 'POST',
    schema: ThreadDetail,
  });

export function useSetThreadFlag(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ThreadFlagAction) => setThreadFlag(threadId, action),
    onSuccess: (thread) => {
      setThreadDetail(queryClient, thread);
      void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
    },
  });
}
