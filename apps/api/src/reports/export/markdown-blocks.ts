import MarkdownIt, { type Token } from 'markdown-it';
import type { Block, HeadingLevel, Inline } from './blocks';

/**
 * Markdown as the portal reads it (CommonMark with tables, strikethrough and autolinks; raw
 * HTML is never markup, it stays text), parsed once into export blocks for both renderers.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.linkify.set({ fuzzyEmail: false });

const SAFE_LINK = /^(https?:|mailto:)/i;

export interface MarkdownOptions {
  /** Heading level a Markdown "#" becomes, so member headings nest under the section's. */
  baseHeadingLevel?: number;
}

export function markdownToBlocks(source: string, options: MarkdownOptions = {}): Block[] {
  const tokens = md.parse(source, {});
  const base = options.baseHeadingLevel ?? 1;
  const [blocks] = readBlocks(tokens, 0, null, base);
  return blocks;
}

/** Reads blocks from `start` until the token closing `until` (or the end); returns the next index. */
function readBlocks(tokens: Token[], start: number, until: string | null, base: number): [Block[], number] {
  const blocks: Block[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (until && token.type === until) return [blocks, i + 1];
    switch (token.type) {
      case 'heading_open': {
        const level = Math.min(6, base - 1 + Number(token.tag.slice(1))) as HeadingLevel;
        const runs = inlineRuns(tokens[i + 1]);
        blocks.push({ type: 'heading', level, text: runs.map((run) => run.text).join('') });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const runs = inlineRuns(tokens[i + 1]);
        if (runs.length) blocks.push({ type: 'paragraph', runs });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const start = Number(token.attrGet('start') ?? 1) || 1;
        const items: Block[][] = [];
        i += 1;
        while (i < tokens.length && tokens[i]?.type !== close) {
          if (tokens[i]?.type === 'list_item_open') {
            const [item, next] = readBlocks(tokens, i + 1, 'list_item_close', base);
            items.push(item);
            i = next;
          } else {
            i += 1;
          }
        }
        blocks.push({ type: 'list', ordered, start, items });
        i += 1;
        break;
      }
      case 'blockquote_open': {
        const [inner, next] = readBlocks(tokens, i + 1, 'blockquote_close', base);
        blocks.push({ type: 'quote', blocks: inner });
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', text: token.content.replace(/\n$/, '') });
        i += 1;
        break;
      case 'hr':
        blocks.push({ type: 'rule' });
        i += 1;
        break;
      case 'table_open': {
        const [table, next] = readTable(tokens, i + 1);
        blocks.push(table);
        i = next;
        break;
      }
      case 'html_block':
        // Not produced with html: false; kept as text should a setting ever change.
        blocks.push({ type: 'paragraph', runs: [{ text: token.content.trim() }] });
        i += 1;
        break;
      default:
        i += 1;
    }
  }
  return [blocks, i];
}

function readTable(tokens: Token[], start: number): [Block, number] {
  const header: Inline[][] = [];
  const rows: Inline[][][] = [];
  let row: Inline[][] | null = null;
  let inHead = false;
  let i = start;
  for (; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (inHead) header.push(...row);
      else rows.push(row);
      row = null;
    } else if (token.type === 'inline' && row) row.push(inlineRuns(token));
  }
  return [{ type: 'table', header, rows }, i + 1];
}

/** The runs of an inline token: text with bold, italic, strike, code and links. */
function inlineRuns(token: Token | undefined): Inline[] {
  const runs: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let strike = 0;
  const links: (string | null)[] = [];
  const push = (text: string, extra: Partial<Inline> = {}) => {
    if (!text) return;
    const run: Inline = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (strike > 0) run.strike = true;
    const href = links[links.length - 1];
    if (href) run.href = href;
    Object.assign(run, extra);
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else runs.push(run);
  };
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'html_inline':
        push(child.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'code_inline':
        push(child.content, { code: true });
        break;
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 's_open':
        strike += 1;
        break;
      case 's_close':
        strike -= 1;
        break;
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        links.push(SAFE_LINK.test(href) ? href : null);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      case 'image':
        push(child.content || child.attrGet('alt') || '');
        break;
      default:
        if (child.content) push(child.content);
    }
  }
  // Trailing hard breaks and spaces add nothing.
  const last = runs[runs.length - 1];
  if (last) {
    last.text = last.text.replace(/\s+$/, '');
    if (!last.text) runs.pop();
  }
  return runs;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.strike === b.strike &&
    a.code === b.code &&
    a.href === b.href
  );
}
