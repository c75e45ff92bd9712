import { type CreateThreadRequest, ThreadDetail } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';

export const createThread = (body: CreateThreadRequest, idempotencyKey: string) =>
  apiRequest('/v1/threads', {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
    schema: ThreadDetail,
  });

export function useCreateThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateThreadRequest; idempotencyKey: string }) =>
      createThread(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] }),
  });
}
