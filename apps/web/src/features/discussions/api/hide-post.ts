import { type HidePostRequest, PostView } from '@egcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { replacePost, threadDetailKey } from './get-thread';

export const hidePost = (postId: string, body: HidePostRequest) =>
  apiRequest(`/v1/posts/${encodeURIComponent(postId)}/hide`, { method: 'POST', body, schema: PostView });

export const unhidePost = (postId: string) =>
  apiRequest(`/v1/posts/${encodeURIComponent(postId)}/unhide`, { method: 'POST', schema: PostView });

/** Hiding (with a reason the author is told) and showing again: chairs and the secretariat. */
export function useHidePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, body }: { postId: string; body: HidePostRequest }) => hidePost(postId, body),
    onSuccess: (post) => {
      replacePost(queryClient, post);
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(post.threadId) });
    },
  });
}

export function useUnhidePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unhidePost,
    onSuccess: (post) => {
      replacePost(queryClient, post);
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(post.threadId) });
    },
  });
}
