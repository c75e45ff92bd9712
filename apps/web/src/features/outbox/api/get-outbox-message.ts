import { OutboxMessageDetail } from '@egcc/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { OUTBOX_KEY } from './get-outbox';

export const getOutboxMessage = (id: string, signal?: AbortSignal) =>
  apiRequest(`/v1/outbox/${encodeURIComponent(id)}`, { schema: OutboxMessageDetail, signal });

export const outboxMessageQuery = (id: string) =>
  queryOptions({
    queryKey: [...OUTBOX_KEY, 'message', id],
    queryFn: ({ signal }) => getOutboxMessage(id, signal),
  });

export const useOutboxMessage = (id: string) => useSuspenseQuery(outboxMessageQuery(id));
