import type { AttachmentView, PersonRef, PostView } from '@egcc/contracts';

export interface PostFields {
  id: string;
  threadId: string;
  number: number;
  author: PersonRef | null;
  body: string;
  bodyHtml: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  replyToNumber: number | null;
  createdAt: Date;
  editedAt: Date | null;
  editCount: number;
  /** Files on the post, not removed. */
  attachments?: AttachmentView[];
}

/** A post as members see it: a removed or hidden one keeps its place but not its text or files. */
export function postView(post: PostFields): PostView {
  const state = post.deletedAt ? 'REMOVED' : post.hiddenAt ? 'HIDDEN' : 'VISIBLE';
  return {
    id: post.id,
    threadId: post.threadId,
    number: post.number,
    author: post.author,
    html: state === 'VISIBLE' ? post.bodyHtml : '',
    body: state === 'VISIBLE' ? post.body : '',
    state,
    hiddenReason: state === 'HIDDEN' ? post.hiddenReason : null,
    replyToNumber: post.replyToNumber,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
    editCount: post.editCount,
    attachments: state === 'VISIBLE' ? (post.attachments ?? []) : [],
  };
}
