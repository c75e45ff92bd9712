import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { PersonRef } from './people';

// Files on reports and posts (and, later, meetings): one set of rules for all of them.

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** What may be attached, by the type its content shows. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
} as const;
export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

/** The usual file name endings of each allowed type, for file pickers (the content decides). */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentContentType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

export const AttachmentView = z
  .object({
    id: Id,
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: PersonRef.nullable(),
    createdAt: IsoDateTime,
    /** Path of the download, under /api/v1. */
    downloadUrl: z.string(),
  })
  .meta({ id: 'AttachmentView' });
export type AttachmentView = z.infer<typeof AttachmentView>;
