/**
 * The small document model that exports are written in: what Markdown sections turn into,
 * and what the PDF and DOCX renderers both draw. Text in it is always plain data; no renderer
 * interprets it as markup.
 */

/** A run of text with its emphasis; `href` makes it a link (http, https or mailto only). */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  | {
      type: 'heading';
      level: HeadingLevel;
      text: string;
      /** An anchor the table of contents links to. */
      anchor?: string;
      /** Start a new page with it. */
      pageBreak?: boolean;
    }
  | { type: 'paragraph'; runs: Inline[]; tone?: 'muted' | 'lead' }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | {
      type: 'table';
      header: Inline[][];
      rows: Inline[][][];
      /** Column widths in the PDF (points, or '*' to share what is left); equal when not given. */
      widths?: (number | '*')[];
    }
  /** A definition layout: label and value side by side. */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** The compilation's table of contents: one entry per report, linked to its heading. */
  | { type: 'toc'; title: string; entries: { text: string; anchor: string }[] }
  | { type: 'rule' };

/** A whole export: its metadata, the running footer's label, and its blocks. */
export interface ExportDocument {
  title: string;
  /** Shown in the footer: "EGCC — <footerLabel> — page n of m". */
  footerLabel: string;
  blocks: Block[];
}

export const AUTHOR = 'Expert Group for Cooperation on Children at Risk';

/** The plain text of runs, e.g. for bookmarks and outlines. */
export function plainText(runs: Inline[]): string {
  return runs.map((run) => run.text).join('');
}
