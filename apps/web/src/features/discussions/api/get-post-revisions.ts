import { PostRevision } from '@egcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../shared/api/client';

export const getPostRevisions = (postId: string, signal?: AbortSignal) =>
  apiRequest(`/v1/posts/${encodeURIComponent(postId)}/revisions`, {
    schema: z.array(PostRevision),
    signal,
  });

export const revisionsKey = (postId: string) => ['posts', postId, 'revisions'] as const;

export const postRevisionsQuery = (postId: string) =>
  queryOptions({ queryKey: revisionsKey(postId), queryFn: ({ signal }) => getPostRevisions(postId, signal) });

/** Loaded when the member opens "earlier versions". */
export const usePostRevisions = (postId: string, enabled: boolean) =>
  useQuery({ ...postRevisionsQuery(postId), enabled });
