import { type SubscriptionLevel, ThreadDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY, UNREAD_KEY } from '../../../shared/live/unread';
import { setThreadDetail } from './get-thread';

export const setSubscription = (threadId: string, level: SubscriptionLevel) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}/subscription`, {
    method: 'PUT',
    body: { level },
    schema: ThreadDetail,
  });

/** Follow, mute or stop following a thread. */
export function useSetSubscription(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (level: SubscriptionLevel) => setSubscription(threadId, level),
    onSuccess: (thread) => {
      setThreadDetail(queryClient, thread);
      // The navigation counts followed threads only.
      void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
    },
  });
}
