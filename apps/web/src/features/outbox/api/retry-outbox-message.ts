import { OutboxMessageDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { OUTBOX_KEY } from './get-outbox';

export const retryOutboxMessage = (id: string) =>
  apiRequest(`/v1/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST', schema: OutboxMessageDetail });

/** Sends a failed message again: due now, with a fresh set of attempts. */
export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryOutboxMessage,
    onSuccess: (message) => {
      queryClient.setQueryData([...OUTBOX_KEY, 'message', message.id], message);
      return queryClient.invalidateQueries({ queryKey: OUTBOX_KEY });
    },
  });
}
