import type { AttachmentView } from '@egcc/contracts';
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

/** Files as download links, with their type, size, who added them and when. */
export function AttachmentList({
  attachments,
  onRemove,
  removing = [],
  label = 'Attached files',
  emptyText,
}: AttachmentListProps) {
  if (attachments.length === 0) return emptyText ? <p className="attachments__empty">{emptyText}</p> : null;
  return (
    <ul className="attachments" aria-label={label}>
      {attachments.map((attachment) => (
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
                onClick={() => onRemove(attachment.id)}
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
