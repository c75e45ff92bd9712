import type { ThreadSummary } from '@egcc/contracts';

/**
 * The marker beside a thread in the list: "New" for a thread the member has never opened,
 * "3 new" for new posts since they last read it, nothing when all is read.
 */
export function unreadMarker(thread: Pick<ThreadSummary, 'seen' | 'unreadCount'>): {
  text: string;
  /** The same for a screen reader, in a sentence. */
  description: string;
} | null {
  if (!thread.seen) return { text: 'New', description: 'New thread, not opened yet' };
  if (thread.unreadCount <= 0) return null;
  const count = thread.unreadCount > 99 ? '99+' : String(thread.unreadCount);
  return {
    text: `${count} new`,
    description: thread.unreadCount === 1 ? '1 new post' : `${count} new posts`,
  };
}

/** "No replies", "1 reply", "12 replies". */
export function repliesText(count: number): string {
  if (count <= 0) return 'No replies';
  return count === 1 ? '1 reply' : `${count} replies`;
}

/**
 * Where a thread page opens: the post the address names (?post=N, from a notification or an
 * e-mail), else the first unread post of a thread read before; null means the top.
 */
export function landingPost(
  thread: {
    seen: boolean;
    lastReadPostNumber: number;
    firstUnreadPostNumber: number;
    lastPostNumber: number;
  },
  requested: number | null,
): number | null {
  if (requested !== null && requested >= 1) return Math.min(requested, Math.max(1, thread.lastPostNumber));
  if (!thread.seen || thread.lastReadPostNumber === 0) return null;
  if (thread.lastReadPostNumber >= thread.lastPostNumber) return null;
  return thread.firstUnreadPostNumber;
}

/** "1 new reply from Kadri Tamm", "3 new replies from Kadri Tamm and Jonas Becker". */
export function newRepliesAnnouncement(authors: readonly string[]): string | null {
  if (authors.length === 0) return null;
  const names = [...new Set(authors)];
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return authors.length === 1 ? `1 new reply from ${list}` : `${authors.length} new replies from ${list}`;
}
