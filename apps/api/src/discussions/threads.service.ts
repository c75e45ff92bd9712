import { Injectable } from '@nestjs/common';
import type {
  CreateThreadRequest,
  ThreadDetail,
  ThreadListQuery,
  ThreadPage,
  ThreadWithPosts,
  UnreadSummary,
  UpdateThreadRequest,
} from '@egcc/contracts';
import { thread as threadSubject } from '@egcc/policy';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { DomainException } from '../common/domain.exception';
import { DatabaseConnection } from '../database/database-connection';
import { type Db, PrismaService } from '../database/prisma.service';
import { LiveEventsService, threadChannel } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { canSee } from '../reports/report-access';
import { withIdempotency } from './idempotency';
import { threadLink } from './links';
import { excerpt, renderMarkdown } from './markdown';
import { mentionedMembers, resolveTags } from './discussion-rules';
import { PeopleDirectory } from './people-directory';
import { listThreads, threadDetail, threadWithPosts } from './thread-queries';

const ThreadCursor = z.object({ lastPostAt: z.iso.datetime(), id: z.uuid() });

/** Threads: the list, reading, opening one, and moderating. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly connection: DatabaseConnection,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly people: PeopleDirectory,
  ) {}

  async list(member: AuthenticatedMember, query: ThreadListQuery): Promise<ThreadPage> {
    const cursor = decodeCursor(query.cursor, ThreadCursor);
    const { rows, pinned } = await listThreads(this.connection.pool, this.people, member.id, query, cursor);
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items[items.length - 1];
    return {
      items,
      pinned,
      nextCursor: hasMore && last ? encodeCursor({ lastPostAt: last.lastPostAt, id: last.id }) : null,
    };
  }

  async page(
    member: AuthenticatedMember,
    threadId: string,
    from: number,
    limit: number,
  ): Promise<ThreadWithPosts> {
    const result = await threadWithPosts(this.connection.pool, this.people, member.id, threadId, from, limit);
    if (!result) throw DomainException.notFound();
    return result;
  }

  async detail(member: AuthenticatedMember, threadId: string): Promise<ThreadDetail> {
    const detail = await threadDetail(this.connection.pool, this.people, member.id, threadId);
    if (!detail) throw DomainException.notFound();
    return detail;
  }

  async create(member: AuthenticatedMember, input: CreateThreadRequest, key: string | null) {
    const result = await this.prisma.$transaction((tx) =>
      withIdempotency(tx, { userId: member.id, key, scope: 'POST /threads', request: input }, async () => {
        const tags = await resolveTags(tx, input);
        await this.assertLinks(tx, member, input.reportId ?? null, input.meetingId ?? null);
        const rendered = renderMarkdown(input.body);
        const now = new Date();
        const thread = await tx.thread.create({
          data: {
            title: input.title,
            authorId: member.id,
            reportId: input.reportId ?? null,
            meetingId: input.meetingId ?? null,
            lastPostNumber: 1,
            lastPostAt: now,
            lastPosterId: member.id,
            focusAreas: { create: tags.focusAreas.map((focusAreaCode) => ({ focusAreaCode })) },
            gapKinds: { create: tags.gapKinds.map((gapKind) => ({ gapKind })) },
            delegationsConcerned: { create: tags.delegationIds.map((delegationId) => ({ delegationId })) },
            posts: {
              create: {
                number: 1,
                authorId: member.id,
                body: input.body,
                bodyHtml: rendered.html,
                createdAt: now,
              },
            },
            readStates: { create: { userId: member.id, lastReadPostNumber: 1 } },
            subscriptions: { create: { userId: member.id, level: 'FOLLOWING', reason: 'CREATED' } },
          },
          select: { id: true, posts: { select: { id: true } } },
        });
        const postId = thread.posts[0]?.id ?? null;
        const mentioned = await mentionedMembers(tx, rendered.mentions);
        if (postId && mentioned.length) {
          await tx.mention.createMany({
            data: mentioned.map((m) => ({ postId, userId: m.id })),
            skipDuplicates: true,
          });
          await this.notifications.notify(tx, {
            kind: 'MENTION',
            recipients: mentioned.map((m) => m.id),
            actorId: member.id,
            threadId: thread.id,
            postId,
            title: `${member.name} mentioned you in “${input.title}”`,
            excerpt: excerpt(input.body),
            link: threadLink(thread.id, 1),
          });
        }
        const followers = await this.tagFollowers(tx, tags);
        await this.notifications.notify(tx, {
          kind: 'TAG_NEW_THREAD',
          recipients: followers.filter((id) => !mentioned.some((m) => m.id === id)),
          actorId: member.id,
          threadId: thread.id,
          postId,
          title: `${member.name} opened “${input.title}”`,
          excerpt: excerpt(input.body),
          link: threadLink(thread.id),
        });
        await this.audit.record(tx, {
          actorId: member.id,
          action: 'thread.created',
          targetType: 'thread',
          targetId: thread.id,
          details: { title: input.title, ...tags },
        });
        return { status: 201, body: { id: thread.id } };
      }),
    );
    return { ...result, thread: await this.detail(member, result.body.id) };
  }

  /** Members following any of the thread's tags. */
  private async tagFollowers(
    db: Db,
    tags: { focusAreas: string[]; gapKinds: string[]; delegationIds: string[] },
  ): Promise<string[]> {
    if (!tags.focusAreas.length && !tags.gapKinds.length && !tags.delegationIds.length) return [];
    const rows = await db.tagSubscription.findMany({
      where: {
        OR: [
          { focusAreaCode: { in: tags.focusAreas } },
          { gapKind: { in: tags.gapKinds as never[] } },
          { delegationId: { in: tags.delegationIds } },
        ],
      },
      select: { userId: true },
      distinct: ['userId'],
    });
    return rows.map((row) => row.userId);
  }

  /**
   * A thread is read by every member, so it links only to a report every member may read: a
   * published one. A report the member may not see is "no such report", as one that does not
   * exist; their own delegation's draft is refused in words.
   */
  private async assertLinks(
    db: Db,
    member: AuthenticatedMember,
    reportId: string | null,
    meetingId: string | null,
  ) {
    if (reportId) {
      const report = await db.nationalReport.findUnique({
        where: { id: reportId },
        select: { delegationId: true, status: true },
      });
      if (!report || !canSee(member, report)) {
        throw DomainException.validation([
          { in: 'body', pointer: '/reportId', detail: 'no such report', code: 'unknown_link' },
        ]);
      }
      if (report.status !== 'PUBLISHED') {
        throw DomainException.validation([
          {
            in: 'body',
            pointer: '/reportId',
            detail: 'a report is discussed once it is published',
            code: 'report_not_published',
          },
        ]);
      }
    }
    if (meetingId && !(await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) {
      throw DomainException.validation([
        { in: 'body', pointer: '/meetingId', detail: 'no such meeting', code: 'unknown_link' },
      ]);
    }
  }

  /** Authors change the title; chairs and admins also move the tags. */
  async update(
    member: AuthenticatedMember,
    threadId: string,
    input: UpdateThreadRequest,
  ): Promise<ThreadDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.thread.findUnique({
        where: { id: threadId },
        select: { authorId: true, title: true },
      });
      if (!current) throw DomainException.notFound();
      if (!member.ability.can('update', threadSubject({ authorId: current.authorId }))) {
        throw DomainException.forbidden('Only the author, the chair and the secretariat change a thread.');
      }
      const retag =
        input.focusAreas !== undefined || input.gapKinds !== undefined || input.delegations !== undefined;
      if (retag && !member.ability.can('moderate', 'Thread')) {
        throw DomainException.forbidden('The chair and the secretariat move a thread’s tags.');
      }
      if (input.title !== undefined)
        await tx.thread.update({ where: { id: threadId }, data: { title: input.title } });
      if (retag) {
        const tags = await resolveTags(tx, input);
        if (input.focusAreas !== undefined) {
          await tx.threadFocusArea.deleteMany({ where: { threadId } });
          await tx.threadFocusArea.createMany({
            data: tags.focusAreas.map((focusAreaCode) => ({ threadId, focusAreaCode })),
          });
        }
        if (input.gapKinds !== undefined) {
          await tx.threadGapKind.deleteMany({ where: { threadId } });
          await tx.threadGapKind.createMany({
            data: tags.gapKinds.map((gapKind) => ({ threadId, gapKind })),
          });
        }
        if (input.delegations !== undefined) {
          await tx.threadDelegation.deleteMany({ where: { threadId } });
          await tx.threadDelegation.createMany({
            data: tags.delegationIds.map((delegationId) => ({ threadId, delegationId })),
          });
        }
      }
      await this.audit.record(tx, {
        actorId: member.id,
        action: retag ? 'thread.retagged' : 'thread.updated',
        targetType: 'thread',
        targetId: threadId,
        details: { ...input, ...(input.title !== undefined ? { previousTitle: current.title } : {}) },
      });
      await this.live.publish(tx, threadChannel(threadId), { type: 'thread.updated', threadId });
    });
    return this.detail(member, threadId);
  }

  async setFlag(
    member: AuthenticatedMember,
    threadId: string,
    flag: 'pinned' | 'locked',
    on: boolean,
  ): Promise<ThreadDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.thread.findUnique({
        where: { id: threadId },
        select: { pinnedAt: true, lockedAt: true },
      });
      if (!current) throw DomainException.notFound();
      const isOn = flag === 'pinned' ? current.pinnedAt !== null : current.lockedAt !== null;
      if (isOn === on) throw DomainException.conflict(`The thread is ${on ? '' : 'not '}${flag} already.`);
      const stamp = on ? new Date() : null;
      const by = on ? member.id : null;
      await tx.thread.update({
        where: { id: threadId },
        data: flag === 'pinned' ? { pinnedAt: stamp, pinnedById: by } : { lockedAt: stamp, lockedById: by },
      });
      await this.audit.record(tx, {
        actorId: member.id,
        action: `thread.${on ? '' : 'un'}${flag === 'pinned' ? 'pinned' : 'locked'}`,
        targetType: 'thread',
        targetId: threadId,
      });
      await this.live.publish(tx, threadChannel(threadId), { type: 'thread.updated', threadId });
    });
    return this.detail(member, threadId);
  }

  /** Read up to a post: never backwards, never past the last post; its notifications are read too. */
  async markRead(
    member: AuthenticatedMember,
    threadId: string,
    lastReadPostNumber: number,
  ): Promise<ThreadDetail> {
    await this.prisma.$transaction(async (tx) => {
      const thread = await tx.thread.findUnique({
        where: { id: threadId },
        select: { lastPostNumber: true },
      });
      if (!thread) throw DomainException.notFound();
      const upTo = Math.min(lastReadPostNumber, thread.lastPostNumber);
      await tx.$executeRaw`
        INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
        VALUES (${member.id}::uuid, ${threadId}::uuid, ${upTo}, now())
        ON CONFLICT (user_id, thread_id)
        DO UPDATE SET last_read_post_number = GREATEST(thread_read_state.last_read_post_number, EXCLUDED.last_read_post_number),
                      updated_at = now()`;
      const read = await tx.$executeRaw`
        UPDATE notification n SET read_at = now()
          FROM post p
         WHERE n.user_id = ${member.id}::uuid AND n.read_at IS NULL AND n.thread_id = ${threadId}::uuid
           AND n.post_id = p.id AND p.number <= ${upTo}`;
      if (read > 0) {
        const unreadCount = await tx.notification.count({ where: { userId: member.id, readAt: null } });
        await this.live.publish(tx, `user:${member.id}`, { type: 'notifications.read', unreadCount });
      }
    });
    return this.detail(member, threadId);
  }

  async markAllRead(member: AuthenticatedMember): Promise<UnreadSummary> {
    await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
        SELECT ${member.id}::uuid, t.id, t.last_post_number, now() FROM thread t
        ON CONFLICT (user_id, thread_id)
        DO UPDATE SET last_read_post_number = EXCLUDED.last_read_post_number, updated_at = now()`;
      await tx.notification.updateMany({
        where: { userId: member.id, readAt: null, threadId: { not: null } },
        data: { readAt: new Date() },
      });
      const unreadCount = await tx.notification.count({ where: { userId: member.id, readAt: null } });
      await this.live.publish(tx, `user:${member.id}`, { type: 'notifications.read', unreadCount });
    });
    return this.unread(member);
  }

  /** For the navigation: followed threads with unread posts, and unread notifications. */
  async unread(member: AuthenticatedMember): Promise<UnreadSummary> {
    const { rows } = await this.connection.pool.query<{ threads: number; notifications: number }>(
      `SELECT
         (SELECT count(*)::int FROM thread_subscription s JOIN thread t ON t.id = s.thread_id
            LEFT JOIN thread_read_state rs ON rs.thread_id = t.id AND rs.user_id = s.user_id
           WHERE s.user_id = $1 AND s.level = 'FOLLOWING' AND t.last_post_number > COALESCE(rs.last_read_post_number, 0)) AS threads,
         (SELECT count(*)::int FROM notification WHERE user_id = $1 AND read_at IS NULL) AS notifications`,
      [member.id],
    );
    return { unreadThreads: rows[0]?.threads ?? 0, unreadNotifications: rows[0]?.notifications ?? 0 };
  }

  async subscribe(
    member: AuthenticatedMember,
    threadId: string,
    level: 'FOLLOWING' | 'MUTED' | 'NONE',
  ): Promise<ThreadDetail> {
    if (!(await this.prisma.thread.findUnique({ where: { id: threadId }, select: { id: true } })))
      throw DomainException.notFound();
    await this.prisma.threadSubscription.upsert({
      where: { userId_threadId: { userId: member.id, threadId } },
      create: { userId: member.id, threadId, level, reason: 'MANUAL' },
      // The reason stays: it says how the member came to the thread ("mine" lists rely on it).
      update: { level },
    });
    return this.detail(member, threadId);
  }
}
