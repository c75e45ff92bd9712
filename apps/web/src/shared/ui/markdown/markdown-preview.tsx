import type { ReactNode } from 'react';

/**
 * A preview of the Markdown members write, rendered into React elements (never into HTML
 * strings, so nothing in the text can run). It knows the common parts: paragraphs, headings,
 * quotations, lists, code, emphasis, links and mentions; the portal renders the real thing
 * when the post is saved, tables included.
 */
export function MarkdownPreview({ source }: { source: string }) {
  if (!source.trim()) return <p className="preview__empty">Nothing to preview yet.</p>;
  return <>{blocks(source.split(/\r?\n/), 'b')}</>;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

const startsBlock = (line: string) =>
  FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || BULLET.test(line) || ORDERED.test(line);

function blocks(lines: string[], keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let index = 0;
  const key = () => `${keyPrefix}-${out.length}`;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      index += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !(lines[index] ?? '').trim().startsWith(fence[1] ?? '```')) {
        code.push(lines[index] ?? '');
        index += 1;
      }
      index += 1;
      out.push(
        <pre key={key()}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      // Not a heading element: the page's own headings stay the only ones.
      out.push(
        <p key={key()} className="preview__heading">
          <strong>{inline(heading[2] ?? '', key())}</strong>
        </p>,
      );
      index += 1;
      continue;
    }
    if (RULE.test(line)) {
      out.push(<hr key={key()} />);
      index += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (index < lines.length && QUOTE.test(lines[index] ?? '')) {
        quoted.push(QUOTE.exec(lines[index] ?? '')?.[1] ?? '');
        index += 1;
      }
      out.push(<blockquote key={key()}>{blocks(quoted, key())}</blockquote>);
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (BULLET.test(line) || ordered) {
      const pattern = ordered ? ORDERED : BULLET;
      const items: string[] = [];
      while (index < lines.length && pattern.test(lines[index] ?? '')) {
        const match = pattern.exec(lines[index] ?? '');
        items.push((ordered ? match?.[2] : match?.[1]) ?? '');
        index += 1;
      }
      const children = items.map((item, position) => (
        <li key={position}>{inline(item, `${key()}-${position}`)}</li>
      ));
      out.push(
        ordered ? (
          <ol key={key()} start={Number(ordered[1]) === 1 ? undefined : Number(ordered[1])}>
            {children}
          </ol>
        ) : (
          <ul key={key()}>{children}</ul>
        ),
      );
      continue;
    }
    const paragraph: string[] = [];
    while (
      index < lines.length &&
      (lines[index] ?? '').trim() &&
      !(paragraph.length && startsBlock(lines[index] ?? ''))
    ) {
      paragraph.push((lines[index] ?? '').trim());
      index += 1;
    }
    out.push(<p key={key()}>{inline(paragraph.join(' '), key())}</p>);
  }
  return out;
}

const INLINE =
  /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|~~([\s\S]+?)~~|\*([^*\s][\s\S]*?)\*|\b_([^_\s][\s\S]*?)_\b|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<]+[^\s<.,;:!?)\]'"])|(^|[^A-Za-z0-9_.@/-])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)/gi;

/** Only addresses the portal itself would keep: web and mail links, and its own pages. */
export function safeHref(url: string): string | null {
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//') && !url.includes('\\')) return url;
  return null;
}

function link(href: string, children: ReactNode, key: string): ReactNode {
  const safe = safeHref(href);
  if (!safe) return <span key={key}>{children}</span>;
  return (
    <a key={key} href={safe} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

function inline(text: string, keyPrefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let count = 0;
  const key = () => `${keyPrefix}-i${count++}`;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    let start = at;
    if (match[12] !== undefined) start = at + (match[11]?.length ?? 0);
    if (start > last) out.push(text.slice(last, start));
    if (match[2] !== undefined) out.push(<code key={key()}>{match[2]}</code>);
    else if (match[3] !== undefined || match[4] !== undefined)
      out.push(<strong key={key()}>{inline(match[3] ?? match[4] ?? '', key())}</strong>);
    else if (match[5] !== undefined) out.push(<del key={key()}>{inline(match[5], key())}</del>);
    else if (match[6] !== undefined || match[7] !== undefined)
      out.push(<em key={key()}>{inline(match[6] ?? match[7] ?? '', key())}</em>);
    else if (match[8] !== undefined && match[9] !== undefined)
      out.push(link(match[9], inline(match[8], key()), key()));
    else if (match[10] !== undefined) out.push(link(match[10], match[10], key()));
    else if (match[12] !== undefined)
      out.push(
        <span key={key()} className="mention">
          @{match[12]}
        </span>,
      );
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
