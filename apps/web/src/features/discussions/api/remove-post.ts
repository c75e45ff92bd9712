import { PostView } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { replacePost, threadDetailKey } from './get-thread';

export const removePost = (postId: string) =>
  apiRequest(`/v1/posts/${encodeURIComponent(postId)}`, { method: 'DELETE', schema: PostView });

export function useRemovePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePost,
    onSuccess: (post) => {
      replacePost(queryClient, post);
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(post.threadId) });
    },
  });
}
