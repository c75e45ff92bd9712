import { apiRequest } from '../../../shared/api/client';

export const unfollowTag = (id: string) =>
  apiRequest(`/v1/tag-subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE' });
