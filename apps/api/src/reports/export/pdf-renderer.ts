import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { AUTHOR, type Block, type ExportDocument, type Inline } from './blocks';

// Roboto as pdfmake ships it: full Latin, Latin Extended (ą č ė ł ő ø …), Greek and Cyrillic.
// Its font map is loaded from the package so that the paths are right wherever it is installed.
const roboto = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
const FONT_DIR = dirname(roboto.Roboto['normal'] ?? '');

pdfmake.setFonts(roboto);
// A document never fetches anything: no URLs at all, and of local files only the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => dirname(path) === FONT_DIR);

const ACCENT = '#1f4e79';
const MUTED = '#555555';
const RULE = '#c8ccd0';

const HEADING_SIZE = [0, 20, 15, 12.5, 11.5, 11, 10.5] as const;

const quoteLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i) => (i === 0 ? 2 : 0),
  vLineColor: () => RULE,
  paddingLeft: () => 10,
};

const fieldsLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 0,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const codeLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  fillColor: () => '#f1f3f5',
  paddingLeft: () => 6,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** An export document as a PDF: A4, Roboto, outline and page footers. */
export async function renderPdf(document: ExportDocument): Promise<Buffer> {
  const state: PdfState = { lastTopId: null, count: 0 };
  const content = keepHeadingsWithNext(document.blocks, state);
  const pdf = pdfmake.createPdf({
    info: { title: document.title, author: AUTHOR, subject: document.footerLabel, creator: 'EGCC Portal' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    content,
    footer: (currentPage: number, pageCount: number) => ({
      text: `EGCC — ${document.footerLabel} — page ${currentPage} of ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      color: MUTED,
      margin: [56, 24, 56, 0],
    }),
  });
  return pdf.getBuffer();
}

/**
 * A heading never ends a page: it is kept together with the headings straight after it and
 * the first block of its text, when that is short enough to move as one (a paragraph, the
 * fields of a measure or gap, a quotation).
 */
function keepHeadingsWithNext(blocks: Block[], state: PdfState): Content[] {
  const content: Content[] = [];
  let index = 0;
  while (index < blocks.length) {
    const first = blocks[index] as Block;
    if (first.type !== 'heading') {
      content.push(pdfBlock(first, state));
      index += 1;
      continue;
    }
    const group: Content[] = [pdfBlock({ ...first, pageBreak: false }, state)];
    index += 1;
    for (let next = blocks[index]; next?.type === 'heading' && !next.pageBreak; next = blocks[index]) {
      group.push(pdfBlock(next, state));
      index += 1;
    }
    const next = blocks[index];
    if (next && (next.type === 'paragraph' || next.type === 'fields' || next.type === 'quote')) {
      group.push(pdfBlock(next, state));
      index += 1;
    }
    content.push({
      stack: group,
      unbreakable: true,
      ...(first.pageBreak ? { pageBreak: 'before' as const } : {}),
    });
  }
  return content;
}

interface PdfState {
  /** The last level-1 heading's id, the outline parent of the sections under it. */
  lastTopId: string | null;
  count: number;
}

function pdfBlock(block: Block, state: PdfState): Content {
  switch (block.type) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      const node: Content & Record<string, unknown> = {
        text: block.text,
        fontSize: size,
        bold: true,
        color: block.level <= 2 ? ACCENT : undefined,
        margin: [0, block.level === 1 ? 0 : block.level === 2 ? 16 : 10, 0, block.level <= 2 ? 8 : 4],
        headlineLevel: block.level,
      };
      if (block.pageBreak) node.pageBreak = 'before';
      if (block.level <= 2) {
        state.count += 1;
        const id = block.anchor ?? `heading-${state.count}`;
        node.id = id;
        node.outline = true;
        if (block.level === 1) state.lastTopId = id;
        else if (state.lastTopId) node.outlineParentId = state.lastTopId;
      }
      if (block.anchor) node.tocItem = 'reports';
      return node as Content;
    }
    case 'paragraph':
      return {
        text: inlines(block.runs),
        margin: [0, 0, 0, 6],
        ...(block.tone === 'muted' ? { color: MUTED, italics: true } : {}),
        ...(block.tone === 'lead' ? { fontSize: 13, color: MUTED } : {}),
      };
    case 'list': {
      const items = block.items.map((item) => ({ stack: item.map((inner) => pdfBlock(inner, state)) }));
      return block.ordered
        ? { ol: items, start: block.start, margin: [0, 0, 0, 6] }
        : { ul: items, margin: [0, 0, 0, 6] };
    }
    case 'quote':
      return {
        table: {
          widths: ['*'],
          body: [[{ stack: block.blocks.map((inner) => pdfBlock(inner, state)), color: MUTED }]],
        },
        layout: quoteLayout,
        margin: [0, 0, 0, 6],
      };
    case 'code':
      return {
        table: { widths: ['*'], body: [[{ text: block.text, fontSize: 9, preserveLeadingSpaces: true }]] },
        layout: codeLayout,
        margin: [0, 0, 0, 6],
      };
    case 'table': {
      const width = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
      const pad = (cells: TableCell[]) => [...cells, ...Array<TableCell>(width - cells.length).fill('')];
      const body: TableCell[][] = [];
      if (block.header.length)
        body.push(pad(block.header.map((cell) => ({ text: inlines(cell), bold: true }))));
      for (const row of block.rows) body.push(pad(row.map((cell) => ({ text: inlines(cell) }))));
      return {
        table: {
          headerRows: block.header.length ? 1 : 0,
          widths: block.widths?.length === width ? block.widths : Array(width).fill('*'),
          body,
        },
        layout: 'lightHorizontalLines',
        fontSize: 9.5,
        margin: [0, 0, 0, 8],
      };
    }
    case 'fields':
      return {
        table: {
          widths: [110, '*'],
          body: block.rows.map((row) => [{ text: row.label, bold: true, color: MUTED }, { text: row.value }]),
        },
        layout: fieldsLayout,
        margin: [0, 0, 0, 8],
      };
    case 'toc':
      return {
        toc: {
          id: 'reports',
          title: {
            text: block.title,
            fontSize: HEADING_SIZE[2],
            bold: true,
            color: ACCENT,
            margin: [0, 16, 0, 8],
          },
        },
      } as Content;
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 483, y2: 4, lineWidth: 0.5, lineColor: RULE }],
        margin: [0, 4, 0, 8],
      };
  }
}

function inlines(runs: Inline[]): ContentText[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.strike ? { decoration: 'lineThrough' as const } : {}),
    ...(run.code ? { background: '#eef0f2' } : {}),
    ...(run.href ? { link: run.href, color: ACCENT, decoration: 'underline' as const } : {}),
  }));
}
