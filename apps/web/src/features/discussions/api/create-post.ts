import { type CreatePostRequest, PostView } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';
import { appendPost, threadDetailKey } from './get-thread';

export const createPost = (threadId: string, body: CreatePostRequest, idempotencyKey: string) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}/posts`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
    schema: PostView,
  });

/** Replies; the reply shows at once, before the live event about it comes back. */
export function useCreatePost(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreatePostRequest; idempotencyKey: string }) =>
      createPost(threadId, body, idempotencyKey),
    onSuccess: (post) => {
      appendPost(queryClient, post);
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(threadId) });
      void queryClient.invalidateQueries({ queryKey: [...THREADS_KEY, 'list'] });
    },
  });
}
