import { MailDelivery } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { OUTBOX_KEY } from './get-outbox';

export const getMailDelivery = (signal?: AbortSignal) =>
  apiRequest('/v1/outbox/status', { schema: MailDelivery, signal });

export const mailDeliveryQuery = () =>
  queryOptions({ queryKey: [...OUTBOX_KEY, 'status'], queryFn: ({ signal }) => getMailDelivery(signal) });

export const useMailDelivery = () => useSuspenseQuery(mailDeliveryQuery());
