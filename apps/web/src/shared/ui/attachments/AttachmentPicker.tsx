import { useRef, useState } from 'react';
import { Button } from '../form/buttons';
import { fileProblem, formatBytes } from './attachment-rules';
import { FileField } from './FileField';

export interface AttachmentPickerProps {
  /** The files chosen so far, sent by the form that holds them (after it has saved its record). */
  files: File[];
  onChange: (files: File[]) => void;
  label?: string;
}

/**
 * Chooses files to send with a form that must first create its record (a new post): each is
 * checked as it is chosen (size, type by name), listed, and can be taken off again.
 */
export function AttachmentPicker({ files, onChange, label = 'Attach files' }: AttachmentPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  return (
    <FileField
      label={label}
      optional
      error={problem}
      said={said}
      input={input}
      onFiles={(chosen) => {
        const problems = chosen.map(fileProblem).filter((text): text is string => text !== null);
        const good = chosen.filter((file) => fileProblem(file) === null);
        setProblem(problems.length ? problems.join(' ') : null);
        if (good.length) {
          onChange([...files, ...good]);
          setSaid(`${good.map((file) => file.name).join(', ')} will be attached.`);
        }
        if (input.current) input.current.value = '';
      }}
    >
      {files.length > 0 && (
        <ul className="attachments" aria-label="Files to attach">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="attachments__item">
              {file.name} <span className="attachments__meta">({formatBytes(file.size)})</span>{' '}
              <Button
                variant="link"
                onClick={() => {
                  onChange(files.filter((_, other) => other !== index));
                  setSaid(`${file.name} will not be attached.`);
                  input.current?.focus();
                }}
              >
                Remove<span className="visually-hidden"> {file.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </FileField>
  );
}
