import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '@egcc/contracts';

type AllowedType = keyof typeof ATTACHMENT_TYPES;

const allowedTypes = Object.keys(ATTACHMENT_TYPES) as AllowedType[];
const extensions = allowedTypes.flatMap((type) => ATTACHMENT_EXTENSIONS[type]);

/** For the file picker: the allowed types and their usual endings. */
export const ACCEPT = [...allowedTypes, ...extensions].join(',');

/** "PDF, DOCX, ODT, XLSX, PPTX, PNG or JPEG". */
export const ALLOWED_LABELS = (() => {
  const labels = allowedTypes.map((type) => ATTACHMENT_TYPES[type]);
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
})();

/** "PDF" for application/pdf; the type itself when it has no short name. */
export function typeLabel(contentType: string): string {
  return (ATTACHMENT_TYPES as Record<string, string>)[contentType] ?? contentType;
}

/** Sizes as people read them: "812 bytes", "14 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

export const MAX_SIZE_LABEL = formatBytes(ATTACHMENT_MAX_BYTES);

/**
 * Why a file will not be taken, before it is sent: too big, or not one of the allowed types by
 * its name or the type the browser gives. Null when it may be sent; the server then checks
 * the content itself, which is what decides.
 */
export function fileProblem(file: Pick<File, 'name' | 'size' | 'type'>): string | null {
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `“${file.name}” is larger than ${MAX_SIZE_LABEL}, the most a file may have.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  const name = file.name.toLowerCase();
  const knownEnding = extensions.some((ending) => name.endsWith(ending));
  const knownType = (allowedTypes as string[]).includes(file.type);
  if (!knownEnding && !knownType) {
    return `“${file.name}” is not a type of file the portal takes: attach ${ALLOWED_LABELS}.`;
  }
  return null;
}
