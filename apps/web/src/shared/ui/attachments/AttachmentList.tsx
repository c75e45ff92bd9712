import type { AttachmentView } from '@egcc/contracts';
import { useEffect, useRef } from 'react';
import { Button } from '../form/buttons';
import { RelativeTime } from '../RelativeTime';
import { formatBytes, typeLabel } from './attachment-rules';

export interface AttachmentListProps {
  attachments: AttachmentView[];
  /** When given, each file has a "Remove" button that calls it with the file's id. */
  onRemove?: (id: string) => void;
  /** Ids of files whose removal is under way. */
  removing?: readonly string[];
  /** Names the list for screen readers, e.g. "Files attached to post 3". */
  label?: string;
  /** Shown when there are no files; nothing is shown when omitted. */
  emptyText?: string;
}

/**
 * Files as download links, with their type, size, who added them and when. When a removed
 * file's row goes, and its "Remove" button with it, focus moves to the file now in its place
 * (or to the "no files" line), not back to the top of the page.
 */
export function AttachmentList({
  attachments,
  onRemove,
  removing = [],
  label = 'Attached files',
  emptyText,
}: AttachmentListProps) {
  const removed = useRef<{ id: string; index: number } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const gone = removed.current;
    if (!gone || attachments.some((attachment) => attachment.id === gone.id)) return;
    removed.current = null;
    // Only when focus went with the removed row, not when the member has moved on since.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.attachments__link') ?? [];
    (links[Math.min(gone.index, links.length - 1)] ?? empty.current)?.focus();
  }, [attachments]);

  if (attachments.length === 0)
    return emptyText ? (
      <p className="attachments__empty" ref={empty} tabIndex={-1}>
        {emptyText}
      </p>
    ) : null;
  return (
    <ul className="attachments" aria-label={label} ref={list}>
      {attachments.map((attachment, index) => (
        <li key={attachment.id} className="attachments__item">
          <a className="attachments__link" href={attachment.downloadUrl} download={attachment.fileName}>
            {attachment.fileName}
          </a>{' '}
          <span className="attachments__meta">
            ({typeLabel(attachment.contentType)}, {formatBytes(attachment.sizeBytes)})
            {attachment.uploadedBy && <> · added by {attachment.uploadedBy.name}</>} ·{' '}
            <RelativeTime iso={attachment.createdAt} />
          </span>
          {onRemove && (
            <>
              {' '}
              <Button
                variant="link"
                pending={removing.includes(attachment.id)}
                pendingLabel="Removing…"
                onClick={() => {
                  removed.current = { id: attachment.id, index };
                  onRemove(attachment.id);
                }}
              >
                Remove<span className="visually-hidden"> {attachment.fileName}</span>
              </Button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
