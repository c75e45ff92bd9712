import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as members write it (CommonMark with GitHub's tables, strikethrough and autolinks),
 * rendered once when a post is saved. Raw HTML is never passed through: markdown-it escapes it
 * (`html: false`) and refuses `javascript:`-style links, and the result goes through an
 * allow-list sanitiser as a second line of defence. Links open in a new tab with
 * rel="noopener noreferrer nofollow". "@handle" becomes a mention.
 */
const HANDLE = /(^|[^A-Za-z0-9_.@/-])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)/g;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.linkify.set({ fuzzyEmail: false });

// Mentions: split text tokens (never inside code or links) into text and mention spans.
md.core.ruler.push('mentions', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let insideLink = 0;
    const children = [];
    for (const token of block.children) {
      if (token.type === 'link_open') insideLink += 1;
      if (token.type === 'link_close') insideLink -= 1;
      if (token.type !== 'text' || insideLink > 0 || !token.content.includes('@')) {
        children.push(token);
        continue;
      }
      let last = 0;
      for (const match of token.content.matchAll(HANDLE)) {
        const start = (match.index ?? 0) + (match[1]?.length ?? 0);
        if (start > last) {
          const text = new state.Token('text', '', 0);
          text.content = token.content.slice(last, start);
          children.push(text);
        }
        const open = new state.Token('mention_open', 'span', 1);
        open.attrSet('class', 'mention');
        open.attrSet('data-handle', match[2] ?? '');
        const text = new state.Token('text', '', 0);
        text.content = `@${match[2]}`;
        children.push(open, text, new state.Token('mention_close', 'span', -1));
        last = start + 1 + (match[2]?.length ?? 0);
      }
      if (last < token.content.length) {
        const text = new state.Token('text', '', 0);
        text.content = token.content.slice(last);
        children.push(text);
      }
    }
    block.children = children;
  }
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    span: ['class', 'data-handle'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
    code: ['class'],
  },
  allowedClasses: { span: ['mention'], code: [/^language-[a-z0-9-]+$/] },
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
};

export interface RenderedMarkdown {
  html: string;
  /** Handles mentioned, in order of first appearance, without repeats. */
  mentions: string[];
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const tokens = md.parse(source, {});
  const mentions: string[] = [];
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      const handle = token.type === 'mention_open' ? token.attrGet('data-handle') : null;
      if (handle && !mentions.includes(handle)) mentions.push(handle);
    }
  }
  const html = sanitizeHtml(md.renderer.render(tokens, md.options, {}), SANITIZE);
  return { html, mentions };
}

/** Plain text for notifications and e-mails: the first words of a post. */
export function excerpt(source: string, length = 200): string {
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[#>*_`~[\]()!|-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
