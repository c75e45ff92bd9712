import { NotificationPreferences } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';

export const getNotificationPreferences = (signal?: AbortSignal) =>
  apiRequest('/v1/me/notification-preferences', { schema: NotificationPreferences, signal });

export const NOTIFICATION_PREFERENCES_KEY = ['me', 'notification-preferences'] as const;

export const notificationPreferencesQuery = () =>
  queryOptions({
    queryKey: NOTIFICATION_PREFERENCES_KEY,
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  });

export const useNotificationPreferences = () => useSuspenseQuery(notificationPreferencesQuery());
