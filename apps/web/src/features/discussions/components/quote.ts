import type { PostView } from '@egcc/contracts';

/** Markdown's special characters in a name, escaped so the name shows as written. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/**
 * A post as a Markdown quotation for the composer: who wrote it and in which post, then the
 * text, every line starting with "> ".
 */
export function quoteOf(post: Pick<PostView, 'number' | 'body' | 'author'>): string {
  const who = post.author ? escapeMarkdown(post.author.name) : 'A former member';
  const lines = post.body
    .trimEnd()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'));
  return [`> **${who}** wrote in post ${post.number}:`, '>', ...lines].join('\n') + '\n\n';
}

/** The draft with a quotation added at its end, a blank line apart. */
export function withQuote(draft: string, quotation: string): string {
  const kept = draft.replace(/\s+$/, '');
  return kept ? `${kept}\n\n${quotation}` : quotation;
}
