import type { AttachmentView } from '@egcc/contracts';
import { useRef, useState } from 'react';
import { describeError } from '../../api/client';
import { fileProblem } from './attachment-rules';
import { FileField } from './FileField';
import { uploadAttachment } from './upload';

export interface AttachmentUploadProps {
  /** Where to send the file: the API path as apiRequest takes it, e.g. `/v1/reports/<id>/attachments`. */
  uploadUrl: string;
  onUploaded: (attachment: AttachmentView) => void;
  label?: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; sent: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; message: string };

/**
 * A file picker that uploads what is chosen at once, one file after another: checked first
 * in the browser (size, type by name) with a clear message, then by the server, whose
 * answer (a file too large, a type it does not take) is shown as it gives it.
 */
export function AttachmentUpload({ uploadUrl, onUploaded, label = 'Attach files' }: AttachmentUploadProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // What the live region says: the start and the end of each upload, not every percent.
  const [said, setSaid] = useState('');

  async function send(files: File[]) {
    for (const file of files) {
      const problem = fileProblem(file);
      if (problem) {
        setStatus({ kind: 'failed', message: problem });
        return;
      }
    }
    for (const file of files) {
      setStatus({ kind: 'uploading', name: file.name, sent: 0 });
      setSaid(`Uploading ${file.name}…`);
      try {
        const attachment = await uploadAttachment(uploadUrl, file, {
          onProgress: (sent) => setStatus({ kind: 'uploading', name: file.name, sent }),
        });
        onUploaded(attachment);
        setStatus({ kind: 'done', name: attachment.fileName });
        setSaid(`${attachment.fileName} uploaded.`);
      } catch (error) {
        setStatus({ kind: 'failed', message: `“${file.name}” was not uploaded: ${describeError(error)}` });
        setSaid('');
        return;
      }
    }
  }

  return (
    <FileField
      label={label}
      error={status.kind === 'failed' ? status.message : null}
      said={said}
      input={input}
      onFiles={(files) => {
        void send(files).finally(() => {
          // Emptied, so that the same file can be chosen again after a failure.
          if (input.current) input.current.value = '';
        });
      }}
    >
      {status.kind === 'uploading' && (
        <p className="attachment-upload__progress">
          <progress value={status.sent} max={1} aria-label={`Uploading ${status.name}`} />{' '}
          {Math.round(status.sent * 100)} %
        </p>
      )}
    </FileField>
  );
}
