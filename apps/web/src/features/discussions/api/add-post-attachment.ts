import type { AttachmentView, ThreadWithPosts } from '@egcc/contracts';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { uploadAttachment, type UploadOptions } from '../../../shared/ui/attachments';
import { type PostsParam, threadPostsKey } from './get-thread';

export const postAttachmentsUrl = (postId: string) => `/v1/posts/${encodeURIComponent(postId)}/attachments`;

export const addPostAttachment = (postId: string, file: File, options?: UploadOptions) =>
  uploadAttachment(postAttachmentsUrl(postId), file, options);

/** Changes a post's list of files wherever the thread's pages hold it. */
export function updatePostAttachments(
  queryClient: QueryClient,
  threadId: string,
  postId: string,
  change: (attachments: AttachmentView[]) => AttachmentView[],
): void {
  queryClient.setQueriesData<InfiniteData<ThreadWithPosts, PostsParam>>(
    { queryKey: threadPostsKey(threadId) },
    (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              posts: page.posts.map((post) =>
                post.id === postId ? { ...post, attachments: change(post.attachments) } : post,
              ),
            })),
          }
        : data,
  );
}
