import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES, type AttachmentContentType } from '@egcc/contracts';
import { fileTypeFromFile } from 'file-type';

const ALLOWED = new Set<string>(Object.keys(ATTACHMENT_TYPES));

export type Detected =
  { allowed: true; contentType: AttachmentContentType } | { allowed: false; contentType: string | null };

/**
 * The type of a file by its content (signatures, and for ZIP containers the entries that
 * make a DOCX, XLSX, PPTX or ODT), never by its name or what the browser said.
 */
export async function detectType(path: string): Promise<Detected> {
  const found = await fileTypeFromFile(path);
  if (found && ALLOWED.has(found.mime))
    return { allowed: true, contentType: found.mime as AttachmentContentType };
  return { allowed: false, contentType: found?.mime ?? null };
}

/** Without C0 and C1 controls, nor the direction marks that make "gpj.exe" read as "exe.jpg". */
export function withoutUnsafeCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

const ALL_ENDINGS = Object.values(ATTACHMENT_EXTENSIONS).flat();
const MAX_NAME = 255;

/**
 * The name to keep and offer on download: no path, no control or direction-changing
 * characters, at most 255 characters, and ending as its content is (a PNG sent as
 * "photo.docx" is kept as "photo.png").
 */
export function displayFileName(original: string | undefined, contentType: AttachmentContentType): string {
  let name = (original ?? '').normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = withoutUnsafeCharacters(name);
  name = name.replace(/\s+/g, ' ').trim();
  const endings = ATTACHMENT_EXTENSIONS[contentType];
  const lower = name.toLowerCase();
  if (!endings.some((ending) => lower.endsWith(ending))) {
    const wrong = ALL_ENDINGS.find((ending) => lower.endsWith(ending));
    if (wrong) name = name.slice(0, -wrong.length);
    name = `${name.replace(/[. ]+$/, '') || 'attachment'}${endings[0]}`;
  }
  if ((endings as readonly string[]).includes(name.toLowerCase())) name = `attachment${name}`;
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const ending = name.slice(dot);
    name = `${name.slice(0, MAX_NAME - ending.length).trimEnd()}${ending}`;
  }
  return name;
}

/**
 * The Content-Disposition of a download (RFC 6266): always an attachment, with an ASCII
 * fallback name for old clients and the exact name in UTF-8 (RFC 8187).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%]/g, '_') || 'attachment';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
