import { spawn } from 'node:child_process';
import mammoth from 'mammoth';

/**
 * The text of exported documents, as a reader's tools would extract it. pdf-parse (pdf.js)
 * starts its worker with a dynamic import that Jest's module system cannot run, so the PDF is
 * read in a plain Node process.
 */
const EXTRACT_PDF = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const outline = (items) => (items || []).map((item) => ({ title: item.title, items: outline(item.items) }));
    process.stdout.write(
      JSON.stringify({ text: text.text, pages: text.total, info: info.info, outline: outline(info.outline) }),
    );
  } finally {
    await parser.destroy();
  }
});
`;

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

export interface PdfText {
  text: string;
  pages: number;
  info: Record<string, unknown>;
  /** The bookmarks a PDF reader shows beside the pages. */
  outline: OutlineItem[];
}

export function pdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', EXTRACT_PDF], { cwd: process.cwd() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdf-parse failed: ${Buffer.concat(err).toString()}`));
      resolve(JSON.parse(Buffer.concat(out).toString()) as PdfText);
    });
    child.stdin.end(pdf);
  });
}

export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

export async function docxHtml(docx: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: docx })).value;
}

/** Fails unless every needle appears in the text, each after the one before (whitespace-insensitive). */
export function expectInOrder(haystack: string, needles: string[]): void {
  const flat = haystack.replace(/\s+/g, ' ');
  let from = 0;
  for (const needle of needles) {
    const wanted = needle.replace(/\s+/g, ' ');
    const at = flat.indexOf(wanted, from);
    if (at < 0) throw new Error(`"${wanted}" not found after position ${from} in:\n${flat}`);
    from = at + wanted.length;
  }
}
