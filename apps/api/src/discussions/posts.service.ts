import { Injectable } from '@nestjs/common';
import type { CreatePostRequest, PostRevision, PostView } from '@egcc/contracts';
import { post as postSubject } from '@egcc/policy';
import { type AttachmentFields, attachmentSelect, attachmentView } from '../attachments/attachment-view';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { requestContext } from '../common/request-context';
import { uuidv7 } from '../common/uuid';
import { type Db, PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { LIVE_CHANNEL, LiveEventsService } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { withIdempotency } from './idempotency';
import { excerpt, renderMarkdown } from './markdown';
import { mentionedMembers } from './discussion-rules';
import { PeopleDirectory } from './people-directory';
import { postView } from './post-view';
import { threadLink } from './links';

interface ReplyRow {
  title: string;
  number: number;
  followers: string[];
  muted: string[];
}

/**
 * A reply in one statement: the thread takes the next number (its row lock orders concurrent
 * replies; a locked or missing thread yields no row and nothing is written), the post, the
 * author's read state and follow (a member who chose to follow or mute keeps that level, but
 * the thread now counts as one they took part in), the live event with its NOTIFY, the audit record; and who
 * is to be told. $1 thread, $2 author, $3 post id, $4 body, $5 HTML, $6 reply-to post,
 * $7 time, $8–$10 the request's IP address, user agent and id.
 */
const REPLY_SQL = `
WITH t AS (
  UPDATE thread SET last_post_number = last_post_number + 1, reply_count = reply_count + 1,
         last_post_at = $7::timestamptz, last_poster_id = $2::uuid, updated_at = $7::timestamptz
   WHERE id = $1::uuid AND locked_at IS NULL
  RETURNING id, title, last_post_number AS number
), p AS (
  INSERT INTO post (id, thread_id, number, author_id, body, body_html, reply_to_post_id, created_at)
  SELECT $3::uuid, t.id, t.number, $2::uuid, $4::text, $5::text, $6::uuid, $7::timestamptz FROM t
  RETURNING id
), rs AS (
  INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
  SELECT $2::uuid, t.id, t.number, $7::timestamptz FROM t
  ON CONFLICT (user_id, thread_id) DO UPDATE
    SET last_read_post_number = EXCLUDED.last_read_post_number, updated_at = EXCLUDED.updated_at
), sub AS (
  INSERT INTO thread_subscription (user_id, thread_id, level, reason, updated_at)
  SELECT $2::uuid, t.id, 'FOLLOWING'::"SubscriptionLevel", 'REPLIED'::"SubscriptionReason", $7::timestamptz FROM t
  ON CONFLICT (user_id, thread_id) DO UPDATE SET reason = 'REPLIED', updated_at = EXCLUDED.updated_at
   WHERE thread_subscription.reason NOT IN ('CREATED', 'REPLIED')
), ev AS (
  INSERT INTO live_event (channel, type, payload)
  SELECT 'thread:' || t.id, 'post.created',
         jsonb_build_object('type', 'post.created', 'threadId', t.id, 'postNumber', t.number, 'postId', p.id)
    FROM t, p
  RETURNING id, channel, payload
), audit AS (
  INSERT INTO audit_event (actor_id, action, target_type, target_id, details, ip_address, user_agent, request_id)
  SELECT $2::uuid, 'post.created', 'post', p.id::text, jsonb_build_object('threadId', t.id, 'number', t.number),
         $8::text, $9::text, $10::text
    FROM t, p
)
SELECT t.title, t.number,
       (SELECT pg_notify('${LIVE_CHANNEL}', json_build_object('id', ev.id::text, 'channel', ev.channel, 'data', ev.payload)::text)
          FROM ev)::text AS notified,
       ARRAY(SELECT s.user_id::text FROM thread_subscription s
              WHERE s.thread_id = t.id AND s.level = 'FOLLOWING' AND s.user_id <> $2::uuid) AS followers,
       ARRAY(SELECT s.user_id::text FROM thread_subscription s WHERE s.thread_id = t.id AND s.level = 'MUTED') AS muted
  FROM t`;

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
  attachments: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
    select: attachmentSelect,
  },
};

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
  attachments: AttachmentFields[];
};

function toView(row: PostRow): PostView {
  return postView({
    ...row,
    replyToNumber: row.replyTo?.number ?? null,
    attachments: row.attachments.map(attachmentView),
  });
}

/** Posts: replying, editing (every version kept), removing, and moderation. */
@Injectable()
export class PostsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly people: PeopleDirectory,
  ) {}

  async reply(member: AuthenticatedMember, threadId: string, input: CreatePostRequest, key: string | null) {
    // Read before the transaction: the cache may need the pool, which holds one connection on
    // the embedded database.
    const author = (await this.people.get([member.id])).get(member.id) ?? null;
    return this.prisma.$transaction((tx) =>
      withIdempotency(
        tx,
        { userId: member.id, key, scope: `POST /threads/${threadId}/posts`, request: input },
        async () => {
          let replyToNumber: number | null = null;
          if (input.replyToPostId) {
            const target = await tx.post.findUnique({
              where: { id: input.replyToPostId },
              select: { threadId: true, number: true },
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
            replyToNumber = target.number;
          }
          const rendered = renderMarkdown(input.body);
          const now = new Date();
          const postId = uuidv7(now.getTime());
          const context = requestContext.getStore();
          const [created] = await tx.$queryRawUnsafe<ReplyRow[]>(
            REPLY_SQL,
            threadId,
            member.id,
            postId,
            input.body,
            rendered.html,
            input.replyToPostId ?? null,
            now,
            context?.ipAddress ?? null,
            context?.userAgent ?? null,
            context?.requestId ?? null,
          );
          if (!created) {
            const thread = await tx.thread.findUnique({
              where: { id: threadId },
              select: { lockedAt: true },
            });
            if (!thread) throw DomainException.notFound();
            throw DomainException.conflict('This thread is locked: it takes no more replies.');
          }
          await this.notifyAboutPost(
            tx,
            member,
            { id: postId, number: created.number, threadId, title: created.title, body: input.body },
            rendered.mentions,
            { followers: created.followers, muted: created.muted },
          );
          const view = postView({
            id: postId,
            threadId,
            number: created.number,
            author,
            body: input.body,
            bodyHtml: rendered.html,
            deletedAt: null,
            hiddenAt: null,
            hiddenReason: null,
            replyToNumber,
            createdAt: now,
            editedAt: null,
            editCount: 0,
          });
          return { status: 201, body: view };
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
    /** For a new reply: the thread's followers and the members who muted it, as the reply found them. */
    audience: { followers: string[]; muted: string[] } | null,
  ): Promise<void> {
    if (handles.length === 0 && (audience === null || audience.followers.length === 0)) return;
    const muted = new Set(
      audience
        ? audience.muted
        : (
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
        actorName: member.name,
        actorId: member.id,
        threadId: post.threadId,
        postId: post.id,
        title: `${member.name} mentioned you in “${post.title}”`,
        excerpt: excerpt(post.body),
        link: threadLink(post.threadId, post.number),
      });
    }
    if (!audience) return;
    const told = new Set([member.id, ...mentioned.map((m) => m.id)]);
    await this.notifications.notify(db, {
      kind: 'THREAD_REPLY',
      recipients: audience.followers.filter((id) => !told.has(id)),
      actorName: member.name,
      actorId: member.id,
      threadId: post.threadId,
      postId: post.id,
      title: `${member.name} replied in “${post.title}”`,
      excerpt: excerpt(post.body),
      link: threadLink(post.threadId, post.number),
    });
  }

  /** Readers of the thread see the post change; the change is on record. */
  private async changed(
    db: Db,
    member: AuthenticatedMember,
    post: { id: string; threadId: string; number: number },
    action: string,
    details?: Prisma.InputJsonObject,
  ): Promise<void> {
    await this.live.postUpdated(db, post);
    await this.audit.record(db, {
      actorId: member.id,
      action,
      targetType: 'post',
      targetId: post.id,
      ...(details ? { details } : {}),
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
        null,
      );
      await this.changed(tx, member, current, 'post.edited', { revision: current.editCount + 1 });
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
      await this.changed(tx, member, current, 'post.removed');
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
      await this.changed(tx, member, current, 'post.hidden', { reason });
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
      await this.changed(tx, member, current, 'post.unhidden');
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
