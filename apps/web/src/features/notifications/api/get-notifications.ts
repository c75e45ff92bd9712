import { NotificationPage } from '@egcc/contracts';
import { infiniteQueryOptions, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { NOTIFICATIONS_KEY } from '../../../shared/live/unread';

export const getNotifications = (unreadOnly: boolean, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest('/v1/notifications', {
    query: { unread: unreadOnly ? 'true' : undefined, cursor, limit: 25 },
    schema: NotificationPage,
    signal,
  });

export const notificationsQuery = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: [...NOTIFICATIONS_KEY, 'list', { unreadOnly }],
    queryFn: ({ pageParam, signal }) => getNotifications(unreadOnly, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });

export const useNotifications = (unreadOnly: boolean) =>
  useSuspenseInfiniteQuery(notificationsQuery(unreadOnly));
