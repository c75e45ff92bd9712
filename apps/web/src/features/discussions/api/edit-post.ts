import { PostView, type UpdatePostRequest } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { replacePost } from './get-thread';
import { revisionsKey } from './get-post-revisions';

export const editPost = (postId: string, body: UpdatePostRequest) =>
  apiRequest(`/v1/posts/${encodeURIComponent(postId)}`, { method: 'PATCH', body, schema: PostView });

export function useEditPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, body }: { postId: string; body: UpdatePostRequest }) => editPost(postId, body),
    onSuccess: (post) => {
      replacePost(queryClient, post);
      void queryClient.invalidateQueries({ queryKey: revisionsKey(post.id) });
    },
  });
}
