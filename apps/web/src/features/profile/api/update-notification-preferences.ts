import { NotificationPreferences, type UpdateNotificationPreferencesRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { NOTIFICATION_PREFERENCES_KEY } from './get-notification-preferences';

export const updateNotificationPreferences = (body: UpdateNotificationPreferencesRequest) =>
  apiRequest('/v1/me/notification-preferences', { method: 'PUT', body, schema: NotificationPreferences });

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(NOTIFICATION_PREFERENCES_KEY, preferences),
  });
}
