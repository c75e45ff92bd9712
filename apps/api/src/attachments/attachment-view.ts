import type { AttachmentView, PersonRef } from '@egcc/contracts';

export const downloadUrl = (id: string) => `/api/v1/attachments/${id}/download`;

export interface AttachmentFields {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedBy: PersonRef | null;
}

export function attachmentView(row: AttachmentFields): AttachmentView {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: downloadUrl(row.id),
  };
}

/** The uploader as a PersonRef, from a row with the usual person select. */
export const personSelect = {
  id: true,
  name: true,
  handle: true,
  delegation: { select: { code: true, name: true } },
} as const;

export const attachmentSelect = {
  id: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  createdAt: true,
  uploadedBy: { select: personSelect },
} as const;
