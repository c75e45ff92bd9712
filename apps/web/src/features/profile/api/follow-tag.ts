import { type CreateTagSubscriptionRequest, TagSubscription } from '@egcc/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

/** Follows one tag; the answer is every tag followed. */
export const followTag = (body: CreateTagSubscriptionRequest) =>
  apiRequest('/v1/tag-subscriptions', { method: 'POST', body, schema: z.array(TagSubscription) });
