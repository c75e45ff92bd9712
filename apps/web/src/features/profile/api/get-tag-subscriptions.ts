import { TagSubscription } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

export const getTagSubscriptions = (signal?: AbortSignal) =>
  apiRequest('/v1/tag-subscriptions', { schema: z.array(TagSubscription), signal });

export const TAG_SUBSCRIPTIONS_KEY = ['tag-subscriptions'] as const;

export const tagSubscriptionsQuery = () =>
  queryOptions({ queryKey: TAG_SUBSCRIPTIONS_KEY, queryFn: ({ signal }) => getTagSubscriptions(signal) });

export const useTagSubscriptions = () => useSuspenseQuery(tagSubscriptionsQuery());
