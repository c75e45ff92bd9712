import { UnreadSummary } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { NOTIFICATIONS_KEY, THREADS_KEY, UNREAD_KEY } from '../../../shared/live/unread';

export const markAllThreadsRead = () =>
  apiRequest('/v1/threads/read-all', { method: 'POST', schema: UnreadSummary });

export function useMarkAllThreadsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllThreadsRead,
    onSuccess: async (summary) => {
      queryClient.setQueryData(UNREAD_KEY, summary);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: THREADS_KEY }),
        queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
      ]);
    },
  });
}
