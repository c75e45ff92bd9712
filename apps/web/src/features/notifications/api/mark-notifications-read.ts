import type { MarkNotificationsReadRequest } from '@egcc/contracts';
import { UnreadSummary } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { NOTIFICATIONS_KEY, setUnreadSummary } from '../../../shared/live/unread';

const Answer = UnreadSummary.pick({ unreadNotifications: true });

export const markNotificationsRead = (body: MarkNotificationsReadRequest) =>
  apiRequest('/v1/notifications/read', { method: 'POST', body, schema: Answer });

/** Some ({ ids }) or all ({ all: true }) notifications read; the bell follows at once. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: (answer) => {
      setUnreadSummary(queryClient, answer);
      return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}
