import type { PrismaClient } from '../../generated/prisma/client';
import type { NotificationKind } from '../../generated/prisma/enums';
import { threadLink } from '../../discussions/links';
import { excerpt, renderMarkdown } from '../../discussions/markdown';
import { CAUGHT_UP_MEMBERS, DEMO_TAG_FOLLOWS, DEMO_THREADS, type DemoThread } from './demo-discussions';

const HOUR = 3_600_000;

interface Member {
  id: string;
  email: string;
  name: string;
  handle: string;
}

interface PendingNotification {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  postNumber: number;
  title: string;
  excerpt: string;
  link: string;
  createdAt: Date;
}

/**
 * The demo threads, written as the API writes them: rendered posts, mentions, followers
 * (authors and repliers), read states and the notifications the posts caused. A thread that
 * exists already (same title and author) is left alone, so seeding twice adds nothing.
 */
export async function seedDemoDiscussions(prisma: PrismaClient, now = new Date()): Promise<void> {
  const members = await prisma.user.findMany({
    where: { email: { endsWith: '@egcc.example' } },
    select: { id: true, email: true, name: true, handle: true },
  });
  const byEmail = new Map(members.map((member) => [member.email, member]));
  const byHandle = new Map(members.map((member) => [member.handle, member]));
  const member = (email: string): Member => {
    const found = byEmail.get(email);
    if (!found) throw new Error(`Demo discussions: no member ${email}`);
    return found;
  };

  // Tag follows come before the threads, so that new threads with the tag were told about.
  const firstOpened = Math.max(...DEMO_THREADS.map((thread) => thread.openedDaysAgo));
  for (const follow of DEMO_TAG_FOLLOWS) {
    const userId = member(follow.by).id;
    const existing = await prisma.tagSubscription.findFirst({
      where: { userId, focusAreaCode: follow.focusArea, gapKind: null, delegationId: null },
    });
    if (!existing)
      await prisma.tagSubscription.create({
        data: {
          userId,
          focusAreaCode: follow.focusArea,
          createdAt: new Date(now.getTime() - (firstOpened + 1) * 24 * HOUR),
        },
      });
  }
  const tagFollowers = await prisma.tagSubscription.findMany({
    where: { user: { email: { endsWith: '@egcc.example' } } },
    select: { userId: true, focusAreaCode: true },
  });

  for (const seed of DEMO_THREADS) {
    const author = member(seed.posts[0]?.by ?? '');
    const exists = await prisma.thread.findFirst({
      where: { title: seed.title, authorId: author.id },
      select: { id: true },
    });
    if (exists) continue;
    await seedThread(prisma, seed, {
      now,
      member,
      byHandle,
      tagFollowers: tagFollowers
        .filter((follow) => follow.focusAreaCode && seed.focusAreas.includes(follow.focusAreaCode))
        .map((follow) => follow.userId),
    });
  }
}

async function seedThread(
  prisma: PrismaClient,
  seed: DemoThread,
  context: {
    now: Date;
    member: (email: string) => Member;
    byHandle: Map<string, Member>;
    tagFollowers: string[];
  },
): Promise<void> {
  const { member, byHandle } = context;
  const opened = new Date(context.now.getTime() - seed.openedDaysAgo * 24 * HOUR);
  const timeOf = (hours: number) => new Date(opened.getTime() + hours * HOUR);
  const posts = seed.posts.map((post, index) => ({
    ...post,
    number: index + 1,
    author: member(post.by),
    createdAt: timeOf(post.at),
    rendered: renderMarkdown(post.body),
  }));
  const first = posts[0];
  const last = posts.at(-1);
  if (!first || !last) throw new Error(`Demo thread "${seed.title}" has no posts`);
  const chair = member('chair@egcc.example');

  await prisma.$transaction(
    async (tx) => {
      const delegations = await tx.delegation.findMany({
        where: { code: { in: seed.delegations } },
        select: { id: true },
      });
      const thread = await tx.thread.create({
        data: {
          title: seed.title,
          authorId: first.author.id,
          lastPostNumber: last.number,
          replyCount: posts.length - 1,
          lastPostAt: last.createdAt,
          lastPosterId: last.author.id,
          createdAt: opened,
          ...(seed.pinnedAfterHours !== undefined
            ? { pinnedAt: timeOf(seed.pinnedAfterHours), pinnedById: chair.id }
            : {}),
          // The tag copies on the thread row (focus_area_codes, ...) follow by trigger.
          focusAreas: { create: seed.focusAreas.map((focusAreaCode) => ({ focusAreaCode })) },
          gapKinds: { create: seed.gapKinds.map((gapKind) => ({ gapKind })) },
          delegationsConcerned: {
            create: delegations.map((delegation) => ({ delegationId: delegation.id })),
          },
        },
        select: { id: true },
      });

      const following = new Map<string, 'CREATED' | 'REPLIED'>();
      const readUpTo = new Map<string, number>();
      const notifications: PendingNotification[] = [];
      const ids: string[] = [];
      for (const post of posts) {
        const edited = post.firstVersion !== undefined;
        const created = await tx.post.create({
          data: {
            threadId: thread.id,
            number: post.number,
            authorId: post.author.id,
            body: post.body,
            bodyHtml: post.rendered.html,
            replyToPostId: post.replyTo !== undefined ? (ids[post.replyTo] ?? null) : null,
            createdAt: post.createdAt,
            ...(edited ? { editCount: 1, editedAt: new Date(post.createdAt.getTime() + HOUR) } : {}),
          },
          select: { id: true },
        });
        ids.push(created.id);
        if (post.firstVersion !== undefined) {
          await tx.postRevision.create({
            data: {
              postId: created.id,
              revision: 1,
              body: post.firstVersion,
              editedById: post.author.id,
              createdAt: post.createdAt,
            },
          });
        }

        // As the API: the writer follows and has read up to their post; mentions are told,
        // then (for a reply) the other followers, or (for a new thread) the tag's followers.
        if (!following.has(post.author.id))
          following.set(post.author.id, post.number === 1 ? 'CREATED' : 'REPLIED');
        readUpTo.set(post.author.id, post.number);
        const mentioned = post.rendered.mentions
          .map((handle) => byHandle.get(handle))
          .filter((m): m is Member => m !== undefined && m.id !== post.author.id);
        if (mentioned.length) {
          await tx.mention.createMany({
            data: mentioned.map((m) => ({ postId: created.id, userId: m.id })),
            skipDuplicates: true,
          });
        }
        const notice = (userId: string, kind: NotificationKind, title: string, link: string) =>
          notifications.push({
            userId,
            kind,
            actorId: post.author.id,
            postNumber: post.number,
            title,
            excerpt: excerpt(post.body),
            link,
            createdAt: post.createdAt,
          });
        for (const m of mentioned)
          notice(
            m.id,
            'MENTION',
            `${post.author.name} mentioned you in “${seed.title}”`,
            threadLink(thread.id, post.number),
          );
        const told = new Set([post.author.id, ...mentioned.map((m) => m.id)]);
        if (post.number === 1) {
          for (const userId of new Set(context.tagFollowers))
            if (!told.has(userId))
              notice(
                userId,
                'TAG_NEW_THREAD',
                `${post.author.name} opened “${seed.title}”`,
                threadLink(thread.id),
              );
        } else {
          for (const userId of following.keys())
            if (!told.has(userId))
              notice(
                userId,
                'THREAD_REPLY',
                `${post.author.name} replied in “${seed.title}”`,
                threadLink(thread.id, post.number),
              );
        }
      }

      // The members the browser tests sign in as have read everything they follow since.
      const caughtUp = new Set(
        [...CAUGHT_UP_MEMBERS].map((email) => member(email).id).filter((id) => following.has(id)),
      );
      for (const userId of caughtUp) readUpTo.set(userId, last.number);
      const readAt = (createdAt: Date) =>
        new Date(Math.min(createdAt.getTime() + 2 * HOUR, context.now.getTime()));

      await tx.threadSubscription.createMany({
        data: [...following].map(([userId, reason]) => ({
          userId,
          threadId: thread.id,
          level: 'FOLLOWING' as const,
          reason,
        })),
      });
      await tx.threadReadState.createMany({
        data: [...readUpTo].map(([userId, lastReadPostNumber]) => ({
          userId,
          threadId: thread.id,
          lastReadPostNumber,
        })),
      });
      await tx.notification.createMany({
        data: notifications.map((n) => ({
          userId: n.userId,
          kind: n.kind,
          actorId: n.actorId,
          threadId: thread.id,
          postId: ids[n.postNumber - 1] ?? null,
          payload: { title: n.title, excerpt: n.excerpt, link: n.link },
          // Read by those who came back, or by following the notification to the post.
          readAt:
            caughtUp.has(n.userId) || (readUpTo.get(n.userId) ?? 0) >= n.postNumber
              ? readAt(n.createdAt)
              : null,
          // Days old: sent at once or in a digest long since.
          emailedAt: n.createdAt,
          createdAt: n.createdAt,
        })),
      });
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
