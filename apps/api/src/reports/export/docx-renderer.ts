import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { AUTHOR, type Block, type ExportDocument, type Inline } from './blocks';

const HEADING = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const ACCENT = '1F4E79';
const MUTED = '555555';
const RULE = 'C8CCD0';
const MONO = 'Consolas';
/** Half-points, as Word measures type. */
const HEADING_SIZE = [0, 40, 30, 25, 23, 22, 21] as const;

interface Context {
  /** Left indent in twips, inside quotes. */
  indent: number;
  /** Ordered lists so far; each gets its own numbering so that it starts afresh. */
  numberings: { reference: string; start: number }[];
}

type Body = (Paragraph | Table)[];

/**
 * An export document as DOCX: real Word headings (the navigation pane lists them), bookmarks
 * behind every report heading, and a table of contents of internal links that reads correctly
 * without a field update.
 */
export async function renderDocx(document: ExportDocument): Promise<Buffer> {
  const context: Context = { indent: 0, numberings: [] };
  const children: Body = document.blocks.flatMap((block) => docxBlock(block, context, 0));
  const doc = new Document({
    creator: AUTHOR,
    title: document.title,
    subject: document.footerLabel,
    description: `${document.title} (${document.footerLabel})`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        ...Object.fromEntries(
          [1, 2, 3, 4, 5, 6].map((level) => [
            `heading${level}`,
            {
              run: {
                font: 'Calibri',
                size: HEADING_SIZE[level],
                bold: true,
                color: level <= 2 ? ACCENT : '222222',
              },
              // The outline level puts the heading in Word's navigation pane (and other readers').
              paragraph: {
                spacing: { before: level === 1 ? 0 : 240, after: 120 },
                keepNext: true,
                outlineLevel: level - 1,
              },
            },
          ]),
        ),
      },
    },
    numbering: {
      config: context.numberings.map(({ reference, start }) => ({
        reference,
        levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          start: level === 0 ? start : 1,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: MUTED,
                    children: [
                      `EGCC — ${document.footerLabel} — page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function docxBlock(block: Block, context: Context, listLevel: number): Body {
  const indent = context.indent ? { indent: { left: context.indent } } : {};
  switch (block.type) {
    case 'heading': {
      const text = new TextRun(block.text);
      return [
        new Paragraph({
          heading: HEADING[block.level],
          pageBreakBefore: block.pageBreak ?? false,
          children: block.anchor ? [new Bookmark({ id: block.anchor, children: [text] })] : [text],
        }),
      ];
    }
    case 'paragraph':
      return [
        new Paragraph({
          ...indent,
          children: runs(block.runs, {
            ...(block.tone === 'muted' ? { color: MUTED, italics: true } : {}),
            ...(block.tone === 'lead' ? { color: MUTED, size: 28 } : {}),
          }),
        }),
      ];
    case 'list':
      return listBlock(block, context, listLevel);
    case 'quote': {
      const inner: Context = { ...context, indent: context.indent + 567 };
      const body = block.blocks.flatMap((child) => docxBlock(child, inner, listLevel));
      context.numberings = inner.numberings;
      return body;
    }
    case 'code':
      return block.text.split('\n').map(
        (line) =>
          new Paragraph({
            ...indent,
            spacing: { after: 0 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F3F5' },
            children: [new TextRun({ text: line, font: MONO, size: 19 })],
          }),
      );
    case 'table': {
      const width = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
      const rows = [
        ...(block.header.length ? [tableRow(block.header, width, true)] : []),
        ...block.rows.map((row) => tableRow(row, width, false)),
      ];
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), spacer()];
    }
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: [2200, 7400],
          borders: {
            top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
            bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
            left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
            right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
            insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
            insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: RULE },
          },
          rows: block.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({
                    width: { size: 23, type: WidthType.PERCENTAGE },
                    children: [
                      new Paragraph({
                        spacing: { after: 40 },
                        children: [new TextRun({ text: row.label, bold: true, color: MUTED })],
                      }),
                    ],
                  }),
                  new TableCell({
                    width: { size: 77, type: WidthType.PERCENTAGE },
                    children: [new Paragraph({ spacing: { after: 40 }, children: [new TextRun(row.value)] })],
                  }),
                ],
              }),
          ),
        }),
        spacer(),
      ];
    case 'toc':
      return [
        new Paragraph({
          spacing: { before: 360, after: 120 },
          children: [new TextRun({ text: block.title, bold: true, size: HEADING_SIZE[2], color: ACCENT })],
        }),
        ...block.entries.map(
          (entry) =>
            new Paragraph({
              spacing: { after: 60 },
              children: [
                new InternalHyperlink({
                  anchor: entry.anchor,
                  children: [new TextRun({ text: entry.text, style: 'Hyperlink' })],
                }),
              ],
            }),
        ),
      ];
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } },
          children: [],
        }),
      ];
  }
}

function listBlock(block: Extract<Block, { type: 'list' }>, context: Context, level: number): Body {
  let numbering: { reference: string; level: number } | null = null;
  if (block.ordered) {
    const reference = `ordered-list-${context.numberings.length + 1}`;
    context.numberings.push({ reference, start: block.start });
    numbering = { reference, level: Math.min(level, 8) };
  }
  const body: Body = [];
  for (const item of block.items) {
    item.forEach((child, index) => {
      if (child.type === 'list') {
        body.push(...listBlock(child, context, level + 1));
      } else if (index === 0 && child.type === 'paragraph') {
        body.push(
          new Paragraph({
            ...(numbering ? { numbering } : { bullet: { level: Math.min(level, 8) } }),
            spacing: { after: 60 },
            children: runs(child.runs),
          }),
        );
      } else {
        const inner: Context = { ...context, indent: context.indent + 720 * (level + 1) };
        body.push(...docxBlock(child, inner, level));
        context.numberings = inner.numberings;
      }
    });
  }
  return body;
}

function tableRow(cells: Inline[][], width: number, header: boolean): TableRow {
  const padded = [...cells, ...Array<Inline[]>(width - cells.length).fill([])];
  return new TableRow({
    tableHeader: header,
    children: padded.map(
      (cell) =>
        new TableCell({
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF0F2' } } : {}),
          children: [
            new Paragraph({ spacing: { after: 40 }, children: runs(cell, header ? { bold: true } : {}) }),
          ],
        }),
    ),
  });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
}

/** Runs as Word runs; line breaks inside a run become Word line breaks. */
function runs(inlines: Inline[], base: RunStyle = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    const style = {
      ...base,
      ...(inline.bold ? { bold: true } : {}),
      ...(inline.italic ? { italics: true } : {}),
      ...(inline.strike ? { strike: true } : {}),
      ...(inline.code
        ? { font: MONO, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF0F2' } }
        : {}),
      ...(inline.href ? { style: 'Hyperlink' } : {}),
    };
    const textRuns = inline.text
      .split('\n')
      .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
    return inline.href ? [new ExternalHyperlink({ link: inline.href, children: textRuns })] : textRuns;
  });
}
