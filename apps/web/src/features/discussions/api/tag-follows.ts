import { type CreateTagSubscriptionRequest, TagSubscription } from '@egcc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

// The tags the member follows, as on the notification settings page (same query key).

export const TAG_SUBSCRIPTIONS_KEY = ['tag-subscriptions'] as const;

export const getTagFollows = (signal?: AbortSignal) =>
  apiRequest('/v1/tag-subscriptions', { schema: z.array(TagSubscription), signal });

export const tagFollowsQuery = () =>
  queryOptions({ queryKey: TAG_SUBSCRIPTIONS_KEY, queryFn: ({ signal }) => getTagFollows(signal) });

export const useTagFollows = () => useQuery(tagFollowsQuery());

/** Follows one tag; the answer is every tag followed. */
export const followTag = (body: CreateTagSubscriptionRequest) =>
  apiRequest('/v1/tag-subscriptions', { method: 'POST', body, schema: z.array(TagSubscription) });

export const unfollowTag = (id: string) =>
  apiRequest(`/v1/tag-subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Follow (a tag) or stop following (a tag subscription, by id). */
export function useToggleTagFollow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: { follow: CreateTagSubscriptionRequest } | { unfollow: string }) => {
      if ('follow' in change) return followTag(change.follow);
      await unfollowTag(change.unfollow);
      return null;
    },
    onSuccess: (follows) => {
      if (follows) queryClient.setQueryData(TAG_SUBSCRIPTIONS_KEY, follows);
      return queryClient.invalidateQueries({ queryKey: TAG_SUBSCRIPTIONS_KEY });
    },
  });
}
