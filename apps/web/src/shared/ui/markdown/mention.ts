/** "@kadri.t" being typed at the caret: where the "@" is and what follows it. */
export interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** What follows the "@" up to the caret (may be empty just after typing "@"). */
  query: string;
}

// The same rule as the API's: an "@" at the start or after a character that cannot be part
// of an address or a handle.
const BEFORE_AT = /[A-Za-z0-9_.@/-]/;
const HANDLE_CHARS = /^[A-Za-z0-9._-]*$/;

export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return null;
  const query = before.slice(start + 1);
  if (!HANDLE_CHARS.test(query) || query.length > 60) return null;
  const previous = start > 0 ? before.charAt(start - 1) : '';
  if (previous && BEFORE_AT.test(previous)) return null;
  return { start, query };
}

/** The text with the mention being typed replaced by "@handle ", and where the caret goes. */
export function completeMention(
  text: string,
  caret: number,
  mention: MentionQuery,
  handle: string,
): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^[A-Za-z0-9._-]*/, '');
  const inserted = `@${handle}${after.startsWith(' ') ? '' : ' '}`;
  const next = text.slice(0, mention.start) + inserted + after;
  return { text: next, caret: mention.start + inserted.length + (after.startsWith(' ') ? 1 : 0) };
}
