import { Injectable } from '@nestjs/common';
import type { CreatePostRequest, PostRevision, PostView } from '@egcc/contracts';
import { post as postSubject } from '@egcc/policy';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';
import { LiveEventsService, threadChannel } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { withIdempotency } from './idempotency';
import { excerpt, renderMarkdown } from './markdown';
import { mentionedMembers } from './discussion-rules';
import { threadLink } from './threads.service';

const personSelect = {
  id: true,
  name: true,
  handle: true,
  delegation: { select: { code: true, name: true } },
} as const;

const postSelect = {
  id: true,
  threadId: true,
  number: true,
  body: true,
  bodyHtml: true,
  deletedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  createdAt: true,
  editedAt: true,
  editCount: true,
  authorId: true,
  author: { select: personSelect },
  replyTo: { select: { number: true } },
} as const;

type PostRow = {
  id: string;
  threadId: string;
  number: number;
  body: string;
  bodyHtml: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  editCount: number;
  authorId: string | null;
  author: {
    id: string;
    name: string;
    handle: string;
    delegation: { code: string; name: string } | null;
  } | null;
  replyTo: { number: number } | null;
};

function toView(row: PostRow): PostView {
  const state = row.deletedAt ? 'REMOVED' : row.hiddenAt ? 'HIDDEN' : 'VISIBLE';
  return {
    id: row.id,
    threadId: row.threadId,
    number: row.number,
    author: row.author,
    html: state === 'VISIBLE' ? row.bodyHtml : '',
    body: state === 'VISIBLE' ? row.body : '',
    state,
    hiddenReason: state === 'HIDDEN' ? row.hiddenReason : null,
    replyToNumber: row.replyTo?.number ?? null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    editCount: row.editCount,
  };
}

/** Posts: replying, editing (every version kept), removing, and moderation. */
@Injectable()
export class PostsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
  ) {}

  async reply(member: AuthenticatedMember, threadId: string, input: CreatePostRequest, key: string | null) {
    return this.prisma.$transaction((tx) =>
      withIdempotency(
        tx,
        { userId: member.id, key, scope: `POST /threads/${threadId}/posts`, request: input },
        async () => {
          // The row lock orders concurrent replies: each gets the next number.
          const [thread] = await tx.$queryRaw<
            { id: string; title: string; last_post_number: number; locked: boolean }[]
          >`
          SELECT id, title, last_post_number, locked_at IS NOT NULL AS locked FROM thread WHERE id = ${threadId}::uuid FOR UPDATE`;
          if (!thread) throw DomainException.notFound();
          if (thread.locked)
            throw DomainException.conflict('This thread is locked: it takes no more replies.');
          let replyToPostId: string | null = null;
          if (input.replyToPostId) {
            const target = await tx.post.findUnique({
              where: { id: input.replyToPostId },
              select: { threadId: true },
            });
            if (!target || target.threadId !== threadId) {
              throw DomainException.validation([
                {
                  in: 'body',
                  pointer: '/replyToPostId',
                  detail: 'must be a post of this thread',
                  code: 'invalid_reference',
                },
              ]);
            }
            replyToPostId = input.replyToPostId;
          }
          const rendered = renderMarkdown(input.body);
          const number = thread.last_post_number + 1;
          const now = new Date();
          const created = await tx.post.create({
            data: {
              threadId,
              number,
              authorId: member.id,
              body: input.body,
              bodyHtml: rendered.html,
              replyToPostId,
              createdAt: now,
            },
            select: postSelect,
          });
          await tx.thread.update({
            where: { id: threadId },
            data: {
              lastPostNumber: number,
              replyCount: { increment: 1 },
              lastPostAt: now,
              lastPosterId: member.id,
            },
          });
          await tx.$executeRaw`
          INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
          VALUES (${member.id}::uuid, ${threadId}::uuid, ${number}, now())
          ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_post_number = ${number}, updated_at = now()`;
          // Replying follows the thread, unless the member chose otherwise before.
          await tx.threadSubscription.upsert({
            where: { userId_threadId: { userId: member.id, threadId } },
            create: { userId: member.id, threadId, level: 'FOLLOWING', reason: 'REPLIED' },
            update: {},
          });
          await this.notifyAboutPost(
            tx,
            member,
            { id: created.id, number, threadId, title: thread.title, body: input.body },
            rendered.mentions,
            true,
          );
          await this.live.publish(tx, threadChannel(threadId), {
            type: 'post.created',
            threadId,
            postNumber: number,
            postId: created.id,
          });
          await this.audit.record(tx, {
            actorId: member.id,
            action: 'post.created',
            targetType: 'post',
            targetId: created.id,
            details: { threadId, number },
          });
          return { status: 201, body: toView(created) };
        },
      ),
    );
  }

  /** Mentions (always) and, for a new reply, the thread's followers; muted members hear nothing. */
  private async notifyAboutPost(
    db: Db,
    member: AuthenticatedMember,
    post: { id: string; number: number; threadId: string; title: string; body: string },
    handles: string[],
    isReply: boolean,
  ): Promise<void> {
    const muted = new Set(
      (
        await db.threadSubscription.findMany({
          where: { threadId: post.threadId, level: 'MUTED' },
          select: { userId: true },
        })
      ).map((row) => row.userId),
    );
    const mentioned = (await mentionedMembers(db, handles)).filter(
      (m) => !muted.has(m.id) && m.id !== member.id,
    );
    if (mentioned.length) {
      await db.mention.createMany({
        data: mentioned.map((m) => ({ postId: post.id, userId: m.id })),
        skipDuplicates: true,
      });
      await this.notifications.notify(db, {
        kind: 'MENTION',
        recipients: mentioned.map((m) => m.id),
        actorId: member.id,
        threadId: post.threadId,
        postId: post.id,
        title: `${member.name} mentioned you in “${post.title}”`,
        excerpt: excerpt(post.body),
        link: threadLink(post.threadId, post.number),
      });
    }
    if (!isReply) return;
    const followers = await db.threadSubscription.findMany({
      where: {
        threadId: post.threadId,
        level: 'FOLLOWING',
        userId: { notIn: [member.id, ...mentioned.map((m) => m.id)] },
      },
      select: { userId: true },
    });
    await this.notifications.notify(db, {
      kind: 'THREAD_REPLY',
      recipients: followers.map((f) => f.userId),
      actorId: member.id,
      threadId: post.threadId,
      postId: post.id,
      title: `${member.name} replied in “${post.title}”`,
      excerpt: excerpt(post.body),
      link: threadLink(post.threadId, post.number),
    });
  }

  private async load(db: Db, postId: string) {
    const row = await db.post.findUnique({
      where: { id: postId },
      select: { ...postSelect, thread: { select: { title: true, lockedAt: true } } },
    });
    if (!row) throw DomainException.notFound();
    return row;
  }

  async edit(member: AuthenticatedMember, postId: string, body: string): Promise<PostView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.load(tx, postId);
      if (!member.ability.can('update', postSubject({ authorId: current.authorId }))) {
        throw DomainException.forbidden('Only the author edits a post.');
      }
      if (current.deletedAt || current.hiddenAt)
        throw DomainException.conflict('A removed or hidden post cannot be edited.');
      if (current.body === body) return toView(current);
      const rendered = renderMarkdown(body);
      await tx.postRevision.create({
        data: {
          postId,
          revision: current.editCount + 1,
          body: current.body,
          editedById: member.id,
          createdAt: current.editedAt ?? current.createdAt,
        },
      });
      const updated = await tx.post.update({
        where: { id: postId },
        data: { body, bodyHtml: rendered.html, editCount: { increment: 1 }, editedAt: new Date() },
        select: postSelect,
      });
      // Only people newly mentioned are told.
      const before = new Set(renderMarkdown(current.body).mentions);
      const added = rendered.mentions.filter((handle) => !before.has(handle));
      await this.notifyAboutPost(
        tx,
        member,
        { id: postId, number: current.number, threadId: current.threadId, title: current.thread.title, body },
        added,
        false,
      );
      await this.live.publish(tx, threadChannel(current.threadId), {
        type: 'post.updated',
        threadId: current.threadId,
        postNumber: current.number,
        postId,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'post.edited',
        targetType: 'post',
        targetId: postId,
        details: { revision: current.editCount + 1 },
      });
      return toView(updated);
    });
  }

  /** The author removes a post: a placeholder stays; the text is kept for the record. */
  async remove(member: AuthenticatedMember, postId: string): Promise<PostView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.load(tx, postId);
      if (!member.ability.can('delete', postSubject({ authorId: current.authorId }))) {
        throw DomainException.forbidden('Only the author removes a post.');
      }
      if (current.deletedAt) throw DomainException.conflict('This post has been removed already.');
      const updated = await tx.post.update({
        where: { id: postId },
        data: { deletedAt: new Date(), deletedById: member.id },
        select: postSelect,
      });
      if (current.number > 1 && !current.hiddenAt)
        await tx.thread.update({ where: { id: current.threadId }, data: { replyCount: { decrement: 1 } } });
      await this.live.publish(tx, threadChannel(current.threadId), {
        type: 'post.updated',
        threadId: current.threadId,
        postNumber: current.number,
        postId,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'post.removed',
        targetType: 'post',
        targetId: postId,
      });
      return toView(updated);
    });
  }

  /** Chairs and admins hide a post with a reason; the author is told. */
  async hide(member: AuthenticatedMember, postId: string, reason: string): Promise<PostView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.load(tx, postId);
      if (current.hiddenAt) throw DomainException.conflict('This post is hidden already.');
      if (current.deletedAt) throw DomainException.conflict('This post has been removed by its author.');
      const updated = await tx.post.update({
        where: { id: postId },
        data: { hiddenAt: new Date(), hiddenById: member.id, hiddenReason: reason },
        select: postSelect,
      });
      if (current.number > 1)
        await tx.thread.update({ where: { id: current.threadId }, data: { replyCount: { decrement: 1 } } });
      if (current.authorId) {
        await this.notifications.notify(tx, {
          kind: 'POST_MODERATED',
          recipients: [current.authorId],
          actorId: member.id,
          threadId: current.threadId,
          postId,
          title: `Your post in “${current.thread.title}” was hidden`,
          excerpt: `Reason: ${reason}`,
          link: threadLink(current.threadId, current.number),
        });
      }
      await this.live.publish(tx, threadChannel(current.threadId), {
        type: 'post.updated',
        threadId: current.threadId,
        postNumber: current.number,
        postId,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'post.hidden',
        targetType: 'post',
        targetId: postId,
        details: { reason },
      });
      return toView(updated);
    });
  }

  async unhide(member: AuthenticatedMember, postId: string): Promise<PostView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.load(tx, postId);
      if (!current.hiddenAt) throw DomainException.conflict('This post is not hidden.');
      const updated = await tx.post.update({
        where: { id: postId },
        data: { hiddenAt: null, hiddenById: null, hiddenReason: null },
        select: postSelect,
      });
      if (current.number > 1 && !current.deletedAt)
        await tx.thread.update({ where: { id: current.threadId }, data: { replyCount: { increment: 1 } } });
      await this.live.publish(tx, threadChannel(current.threadId), {
        type: 'post.updated',
        threadId: current.threadId,
        postNumber: current.number,
        postId,
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'post.unhidden',
        targetType: 'post',
        targetId: postId,
      });
      return toView(updated);
    });
  }

  /** Every earlier version of a post, oldest first; not for removed or hidden posts. */
  async revisions(postId: string): Promise<PostRevision[]> {
    const current = await this.load(this.prisma, postId);
    if (current.deletedAt || current.hiddenAt) throw DomainException.notFound();
    const rows = await this.prisma.postRevision.findMany({
      where: { postId },
      orderBy: { revision: 'asc' },
      select: { revision: true, body: true, createdAt: true, editedBy: { select: personSelect } },
    });
    return rows.map((row) => ({
      revision: row.revision,
      body: row.body,
      editedBy: row.editedBy,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
