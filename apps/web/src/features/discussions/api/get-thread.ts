import { type PostView, type ThreadDetail, ThreadWithPosts } from '@egcc/contracts';
import {
  type InfiniteData,
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
  useQuery,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../shared/api/client';
import { THREADS_KEY } from '../../../shared/live/unread';

export const PAGE_SIZE = 20;

export interface PostsParam {
  from: number;
  limit: number;
}

export const getThreadPage = (threadId: string, param: PostsParam, signal?: AbortSignal) =>
  apiRequest(`/v1/threads/${encodeURIComponent(threadId)}`, {
    query: { from: param.from, limit: param.limit },
    schema: ThreadWithPosts,
    signal,
  });

export const threadDetailKey = (threadId: string) => [...THREADS_KEY, 'detail', threadId] as const;
export const threadPostsKey = (threadId: string) => [...THREADS_KEY, 'posts', threadId] as const;

/** The thread's header (title, tags, read state, flags): every answer about the thread updates it. */
export const threadDetailQuery = (threadId: string) =>
  queryOptions({
    queryKey: threadDetailKey(threadId),
    queryFn: async ({ signal }) => (await getThreadPage(threadId, { from: 1, limit: 1 }, signal)).thread,
  });

export const useThreadDetail = (threadId: string, initialData: ThreadDetail) =>
  useQuery({ ...threadDetailQuery(threadId), initialData, staleTime: Infinity }).data;

/**
 * The posts on screen, loaded in pages of 20 from `start` on, later and earlier pages added on
 * request. A refetch (after a live event) reloads the pages shown, so new replies appear.
 */
export const threadPostsQuery = (threadId: string, start: number) =>
  infiniteQueryOptions({
    queryKey: [...threadPostsKey(threadId), start],
    queryFn: async ({ pageParam, signal, client }) => {
      const page = await getThreadPage(threadId, pageParam, signal);
      client.setQueryData(threadDetailKey(threadId), page.thread);
      return page;
    },
    initialPageParam: { from: start, limit: PAGE_SIZE } as PostsParam,
    getNextPageParam: (last, _pages, lastParam): PostsParam | undefined => {
      if (!last.hasMore) return undefined;
      const number = last.posts.at(-1)?.number ?? lastParam.from + lastParam.limit - 1;
      return { from: number + 1, limit: PAGE_SIZE };
    },
    getPreviousPageParam: (first, _pages, firstParam): PostsParam | undefined => {
      const number = first.posts[0]?.number ?? firstParam.from;
      if (number <= 1) return undefined;
      const from = Math.max(1, number - PAGE_SIZE);
      return { from, limit: number - from };
    },
  });

export const useThreadPosts = (threadId: string, start: number) =>
  useSuspenseInfiniteQuery(threadPostsQuery(threadId, start));

type PostsData = InfiniteData<ThreadWithPosts, PostsParam>;

/** Puts a changed post (edited, removed, hidden) in place wherever the thread's pages hold it. */
export function replacePost(queryClient: QueryClient, post: PostView): void {
  queryClient.setQueriesData<PostsData>({ queryKey: threadPostsKey(post.threadId) }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            posts: page.posts.map((candidate) => (candidate.id === post.id ? post : candidate)),
          })),
        }
      : data,
  );
}

/** Adds the member's own new reply at the end, when the end of the thread is on screen. */
export function appendPost(queryClient: QueryClient, post: PostView): void {
  queryClient.setQueriesData<PostsData>({ queryKey: threadPostsKey(post.threadId) }, (data) => {
    const last = data?.pages.at(-1);
    if (!data || !last || last.hasMore || last.posts.some((candidate) => candidate.number >= post.number)) {
      return data;
    }
    return { ...data, pages: [...data.pages.slice(0, -1), { ...last, posts: [...last.posts, post] }] };
  });
}

/** Changes the thread's header in the cache. */
export function setThreadDetail(queryClient: QueryClient, thread: ThreadDetail): void {
  queryClient.setQueryData(threadDetailKey(thread.id), thread);
}
