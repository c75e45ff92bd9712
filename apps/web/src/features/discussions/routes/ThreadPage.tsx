import type { PostView, ThreadDetail } from '@egcc/contracts';
import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { Link, useLoaderData, useParams } from 'react-router';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import { useLiveEvents, useLiveThread } from '../../../shared/live/LiveEvents';
import { useAbility } from '../../../shared/session/ability';
import { useSession } from '../../../shared/session/session';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/form';
import { Flash, Notice } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import {
  PAGE_SIZE,
  type PostsParam,
  threadDetailKey,
  threadPostsKey,
  threadPostsQuery,
  useThreadDetail,
  useThreadPosts,
} from '../api/get-thread';
import { useMarkThreadRead } from '../api/mark-thread-read';
import { Composer, type ComposerHandle } from '../components/Composer';
import { ModerationPanel } from '../components/ModerationPanel';
import { PostItem } from '../components/PostItem';
import { useReadTracker } from '../components/read-tracker';
import { SubscriptionControl } from '../components/SubscriptionControl';
import { PersonName, ThreadTags } from '../components/ThreadTags';
import { landingPost, newRepliesAnnouncement, repliesText } from '../components/unread';
import type { ThreadWithPosts } from '@egcc/contracts';

interface ThreadLoaderData {
  /** The first post number of the window loaded at first. */
  start: number;
  /** The post to scroll to and focus, or null for the top of the page. */
  land: number | null;
}

const requestedPost = (url: URL): number | null => {
  const value = Number(url.searchParams.get('post'));
  return Number.isInteger(value) && value >= 1 ? value : null;
};

/** Where the window of posts starts so that `post` is in it, with a little before it. */
const windowStart = (post: number) => (post <= PAGE_SIZE ? 1 : post - 3);

/**
 * Opens a thread where the member should land: the post named in the address (?post=N, from
 * a notification or an e-mail), else the first unread post. The first page usually has it; a
 * long thread read far down needs a second request for the window around it.
 */
export const threadLoader: LoaderFactory =
  (queryClient) =>
  async ({ params, request }) => {
    const threadId = params['id'] ?? '';
    const requested = requestedPost(new URL(request.url));
    const vocabularies = Promise.all([
      queryClient.ensureQueryData(referenceQuery()),
      queryClient.ensureQueryData(delegationsQuery()),
    ]);
    const fresh = (start: number) =>
      queryClient.fetchInfiniteQuery({ ...threadPostsQuery(threadId, start), staleTime: 0 });
    let start = requested ? windowStart(requested) : 1;
    let data = await fresh(start);
    let thread = data.pages[0]?.thread as ThreadDetail;
    if (start > thread.lastPostNumber) {
      start = windowStart(thread.lastPostNumber);
      data = await fresh(start);
      thread = data.pages[0]?.thread as ThreadDetail;
    }
    const land = landingPost(thread, requested);
    const lastLoaded = data.pages.at(-1)?.posts.at(-1)?.number ?? 0;
    if (land !== null && (land < start || land > lastLoaded)) {
      start = windowStart(land);
      await fresh(start);
    }
    await vocabularies;
    return { start, land } satisfies ThreadLoaderData;
  };

/** A thread: its header, its posts (live), and the reply form. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const { start, land } = useLoaderData() as ThreadLoaderData;
  // A new landing (another thread, another ?post=) starts afresh.
  return <ThreadView key={`${id}:${start}:${land ?? 'top'}`} threadId={id} start={start} land={land} />;
}

type PostsData = InfiniteData<ThreadWithPosts, PostsParam>;

function ThreadView({ threadId, start, land }: { threadId: string; start: number; land: number | null }) {
  const queryClient = useQueryClient();
  const posts = useThreadPosts(threadId, start);
  const pages = posts.data.pages;
  const thread = useThreadDetail(threadId, pages.at(-1)?.thread as ThreadDetail);
  const { data: reference } = useReference();
  const { data: delegations } = useDelegationsSuspense();
  const { data: session } = useSession();
  const ability = useAbility();
  const announce = useAnnounce();
  const markRead = useMarkThreadRead(threadId);
  const composer = useRef<ComposerHandle>(null);
  const ownPosts = useRef(new Set<string>());
  const arriving = useRef(new Set<number>());
  usePageTitle(thread.title);
  useLiveThread(threadId);

  const shown = pages.flatMap((page) => page.posts);
  const mayReply = ability.can('create', 'Post') && !thread.locked;

  const trackPost = useReadTracker(thread.lastReadPostNumber, (number) => markRead.mutate(number));

  // Land on the post asked for, or the first unread one, after the layout has focused the h1.
  useEffect(() => {
    if (land === null) return;
    const timer = setTimeout(() => {
      const element = document.getElementById(`post-${land}`);
      element?.scrollIntoView?.({ block: 'start' });
      element?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [land]);

  /** Reloads the posts on screen after a live event, and says what arrived. */
  const refresh = useCallback(async () => {
    const key = [...threadPostsKey(threadId), start];
    const atEnd = !queryClient.getQueryData<PostsData>(key)?.pages.at(-1)?.hasMore;
    await queryClient.invalidateQueries({ queryKey: threadPostsKey(threadId) });
    if (atEnd && queryClient.getQueryData<PostsData>(key)?.pages.at(-1)?.hasMore) await posts.fetchNextPage();
    if (arriving.current.size === 0) return;
    const loaded = (queryClient.getQueryData<PostsData>(key)?.pages ?? []).flatMap((page) => page.posts);
    const authors: string[] = [];
    let elsewhere = 0;
    for (const number of arriving.current) {
      const post = loaded.find((candidate) => candidate.number === number);
      if (post && post.author?.id === session?.member.id) continue;
      if (post) authors.push(post.author?.name ?? 'a former member');
      else elsewhere += 1;
    }
    arriving.current.clear();
    const message =
      newRepliesAnnouncement(authors) ??
      (elsewhere > 0
        ? `${elsewhere === 1 ? '1 new reply' : `${elsewhere} new replies`}: load later posts to read it.`
        : null);
    if (message) announce(message);
  }, [queryClient, threadId, start, posts, session?.member.id, announce]);

  useLiveEvents((event) => {
    if (event.type === 'reconnected') {
      void queryClient.invalidateQueries({ queryKey: threadPostsKey(threadId) });
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(threadId) });
      return;
    }
    if (!('threadId' in event) || event.threadId !== threadId) return;
    if (event.type === 'post.created') {
      // One's own reply is on screen already.
      if (ownPosts.current.has(event.postId)) return;
      arriving.current.add(event.postNumber);
      void refresh();
    } else if (event.type === 'post.updated') {
      void queryClient.invalidateQueries({ queryKey: threadPostsKey(threadId) });
    } else {
      void queryClient.invalidateQueries({ queryKey: threadDetailKey(threadId) });
    }
  });

  const loadEarlier = async () => {
    const first = shown[0]?.number;
    await posts.fetchPreviousPage();
    const from = first ? Math.max(1, first - PAGE_SIZE) : 1;
    requestAnimationFrame(() => document.getElementById(`post-${from}`)?.focus());
  };
  const loadLater = async () => {
    const last = shown.at(-1)?.number ?? 0;
    await posts.fetchNextPage();
    requestAnimationFrame(() => document.getElementById(`post-${last + 1}`)?.focus());
  };

  return (
    <article className="page thread">
      <p className="breadcrumbs">
        <Link to="/discussions">Discussions</Link>
      </p>
      <header className="thread__header">
        <h1>{thread.title}</h1>
        {(thread.pinned || thread.locked) && (
          <p className="thread__markers">
            {thread.pinned && <Badge tone="info">Pinned</Badge>}{' '}
            {thread.locked && <Badge tone="neutral">Locked</Badge>}
          </p>
        )}
        <ThreadTags thread={thread} reference={reference} delegations={delegations} />
        <p className="thread__meta">
          Started by <PersonName person={thread.author} /> <RelativeTime iso={thread.createdAt} /> ·{' '}
          {repliesText(thread.replyCount)}
        </p>
        <SubscriptionControl thread={thread} />
        {ability.can('moderate', 'Thread') && (
          <ModerationPanel thread={thread} reference={reference} delegations={delegations} />
        )}
      </header>
      <Flash />
      <section className="thread__posts" aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="visually-hidden">
          Posts
        </h2>
        {posts.hasPreviousPage && (
          <Button
            variant="secondary"
            pending={posts.isFetchingPreviousPage}
            pendingLabel="Loading…"
            onClick={() => void loadEarlier()}
          >
            Load earlier posts
          </Button>
        )}
        <ol className="post-list">
          {shown.map((post) => (
            <li key={post.id} className="post-list__item">
              <PostItem
                post={post}
                threadId={threadId}
                trackRef={trackPost}
                actions={{
                  onReply: mayReply ? (target) => composer.current?.replyTo(target) : null,
                  onQuote: mayReply ? (target) => composer.current?.quote(target) : null,
                }}
              />
            </li>
          ))}
        </ol>
        {posts.hasNextPage && (
          <Button
            variant="secondary"
            pending={posts.isFetchingNextPage}
            pendingLabel="Loading…"
            onClick={() => void loadLater()}
          >
            Load later posts
          </Button>
        )}
      </section>
      {thread.locked ? (
        <Notice tone="warning" title="This thread is locked">
          <p>It takes no more replies. The chair or the secretariat can unlock it.</p>
        </Notice>
      ) : !ability.can('create', 'Post') ? (
        <Notice tone="info" title="You are reading as an observer">
          <p>
            Observers follow the discussions but do not post in them. The chair or the secretariat can pass on
            your remarks.
          </p>
        </Notice>
      ) : (
        <Composer
          ref={composer}
          threadId={threadId}
          onPosted={(post: PostView) => {
            ownPosts.current.add(post.id);
            requestAnimationFrame(() =>
              document.getElementById(`post-${post.number}`)?.scrollIntoView?.({ block: 'nearest' }),
            );
          }}
          onLocked={() => void queryClient.invalidateQueries({ queryKey: threadDetailKey(threadId) })}
        />
      )}
    </article>
  );
}
