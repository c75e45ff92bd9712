import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, page } from './common';
import { AttachmentView } from './attachments';
import { GapKindCode } from './enums';
import { PersonRef } from './people';

export { PersonRef } from './people';

/** Markdown (GitHub-flavoured, no raw HTML) as members write it. */
export const MarkdownBody = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(50_000, 'must be at most 50,000 characters');

export const ThreadTitle = z.string().trim().min(5, 'must be at least 5 characters').max(300);

export const FocusAreaCode = z.string().trim().min(1).max(40);

const FocusAreaTags = z.array(FocusAreaCode).max(5);
const GapKindTags = z.array(GapKindCode).max(3);
/** Delegations the thread concerns, by code. */
const DelegationTags = z.array(z.string().trim().toLowerCase().max(8)).max(12);

export const ThreadTags = z.object({
  focusAreas: FocusAreaTags.default([]),
  gapKinds: GapKindTags.default([]),
  delegations: DelegationTags.default([]),
});

export const SubscriptionLevel = z.enum(['FOLLOWING', 'MUTED', 'NONE']).meta({ id: 'SubscriptionLevel' });
export type SubscriptionLevel = z.infer<typeof SubscriptionLevel>;

export const ThreadSummary = z
  .object({
    id: Id,
    title: z.string(),
    author: PersonRef.nullable(),
    focusAreas: z.array(z.string()),
    gapKinds: z.array(GapKindCode),
    delegations: z.array(z.string()),
    createdAt: IsoDateTime,
    lastPostAt: IsoDateTime,
    lastPoster: PersonRef.nullable(),
    replyCount: z.number().int(),
    /** Posts after the reader's last read post, by number. */
    unreadCount: z.number().int(),
    /** Whether the reader has opened the thread at all. */
    seen: z.boolean(),
    pinned: z.boolean(),
    locked: z.boolean(),
    subscription: SubscriptionLevel.nullable(),
  })
  .meta({ id: 'ThreadSummary' });
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadListQuery = PageQuery.extend({
  focusArea: FocusAreaCode.optional(),
  gapKind: GapKindCode.optional(),
  delegation: z.string().trim().toLowerCase().max(8).optional(),
  author: Id.optional(),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ThreadListQuery = z.infer<typeof ThreadListQuery>;

export const ThreadPage = page(ThreadSummary)
  .extend({ pinned: z.array(ThreadSummary) })
  .meta({ id: 'ThreadPage' });
export type ThreadPage = z.infer<typeof ThreadPage>;

export const CreateThreadRequest = ThreadTags.extend({
  title: ThreadTitle,
  body: MarkdownBody,
  reportId: Id.nullable().optional(),
  meetingId: Id.nullable().optional(),
}).meta({ id: 'CreateThreadRequest' });
export type CreateThreadRequest = z.infer<typeof CreateThreadRequest>;

export const UpdateThreadRequest = z
  .object({
    title: ThreadTitle.optional(),
    focusAreas: FocusAreaTags.optional(),
    gapKinds: GapKindTags.optional(),
    delegations: DelegationTags.optional(),
  })
  .meta({ id: 'UpdateThreadRequest' });
export type UpdateThreadRequest = z.infer<typeof UpdateThreadRequest>;

export const PostView = z
  .object({
    id: Id,
    threadId: Id,
    number: z.number().int(),
    author: PersonRef.nullable(),
    /** Sanitised HTML; empty when removed or hidden (see `state`). */
    html: z.string(),
    /** The Markdown source, for the author to edit and for quoting; empty when removed or hidden. */
    body: z.string(),
    state: z.enum(['VISIBLE', 'REMOVED', 'HIDDEN']),
    hiddenReason: z.string().nullable(),
    replyToNumber: z.number().int().nullable(),
    createdAt: IsoDateTime,
    editedAt: IsoDateTime.nullable(),
    editCount: z.number().int(),
    /** Files on the post; none when it is removed or hidden. */
    attachments: z.array(AttachmentView).default([]),
  })
  .meta({ id: 'PostView' });
export type PostView = z.infer<typeof PostView>;

export const ThreadDetail = ThreadSummary.extend({
  reportId: Id.nullable(),
  meetingId: Id.nullable(),
  lastPostNumber: z.number().int(),
  lastReadPostNumber: z.number().int(),
  /** Where to land: the first post the reader has not read, or the last post. */
  firstUnreadPostNumber: z.number().int(),
}).meta({ id: 'ThreadDetail' });
export type ThreadDetail = z.infer<typeof ThreadDetail>;

export const ThreadPostsQuery = z.object({
  /** The first post number wanted. */
  from: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ThreadPostsQuery = z.infer<typeof ThreadPostsQuery>;

/** A page of a thread: its header and up to `limit` posts from a number on. */
export const ThreadWithPosts = z
  .object({ thread: ThreadDetail, posts: z.array(PostView), hasMore: z.boolean() })
  .meta({ id: 'ThreadWithPosts' });
export type ThreadWithPosts = z.infer<typeof ThreadWithPosts>;

export const CreatePostRequest = z
  .object({ body: MarkdownBody, replyToPostId: Id.nullable().optional() })
  .meta({ id: 'CreatePostRequest' });
export type CreatePostRequest = z.infer<typeof CreatePostRequest>;

export const UpdatePostRequest = z.object({ body: MarkdownBody }).meta({ id: 'UpdatePostRequest' });
export type UpdatePostRequest = z.infer<typeof UpdatePostRequest>;

export const HidePostRequest = z
  .object({ reason: z.string().trim().min(3, 'give a reason the author will see').max(500) })
  .meta({ id: 'HidePostRequest' });
export type HidePostRequest = z.infer<typeof HidePostRequest>;

export const PostRevision = z
  .object({
    revision: z.number().int(),
    body: z.string(),
    editedBy: PersonRef.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'PostRevision' });
export type PostRevision = z.infer<typeof PostRevision>;

export const ReadStateRequest = z
  .object({ lastReadPostNumber: z.number().int().min(0) })
  .meta({ id: 'ReadStateRequest' });
export type ReadStateRequest = z.infer<typeof ReadStateRequest>;

export const SubscriptionRequest = z.object({ level: SubscriptionLevel }).meta({ id: 'SubscriptionRequest' });
export type SubscriptionRequest = z.infer<typeof SubscriptionRequest>;

export const TagSubscription = z
  .object({
    id: Id,
    focusArea: z.string().nullable(),
    gapKind: GapKindCode.nullable(),
    delegation: z.string().nullable(),
  })
  .meta({ id: 'TagSubscription' });
export type TagSubscription = z.infer<typeof TagSubscription>;

export const CreateTagSubscriptionRequest = z
  .object({
    focusArea: FocusAreaCode.optional(),
    gapKind: GapKindCode.optional(),
    delegation: z.string().trim().toLowerCase().max(8).optional(),
  })
  .refine((v) => [v.focusArea, v.gapKind, v.delegation].filter(Boolean).length === 1, {
    message: 'name exactly one tag: a focus area, a gap kind or a delegation',
    path: ['focusArea'],
  })
  .meta({ id: 'CreateTagSubscriptionRequest' });
export type CreateTagSubscriptionRequest = z.infer<typeof CreateTagSubscriptionRequest>;

export const MentionCandidate = PersonRef.meta({ id: 'MentionCandidate' });
export const MentionQuery = z.object({ q: z.string().trim().min(1).max(100) });

export const UnreadSummary = z
  .object({ unreadThreads: z.number().int(), unreadNotifications: z.number().int() })
  .meta({ id: 'UnreadSummary' });
export type UnreadSummary = z.infer<typeof UnreadSummary>;
