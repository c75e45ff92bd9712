import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { postAttachmentsUrl, updatePostAttachments } from './add-post-attachment';

export const removePostAttachment = (postId: string, attachmentId: string) =>
  apiRequest(`${postAttachmentsUrl(postId)}/${encodeURIComponent(attachmentId)}`, { method: 'DELETE' });

/** Takes a file off one's post. */
export function useRemovePostAttachment(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, attachmentId }: { postId: string; attachmentId: string }) =>
      removePostAttachment(postId, attachmentId),
    onSuccess: (_nothing, { postId, attachmentId }) =>
      updatePostAttachments(queryClient, threadId, postId, (list) =>
        list.filter((a) => a.id !== attachmentId),
      ),
  });
}
