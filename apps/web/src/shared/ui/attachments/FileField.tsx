import { type ReactNode, type RefObject, useId } from 'react';
import { ACCEPT, ALLOWED_LABELS, MAX_SIZE_LABEL } from './attachment-rules';

export interface FileFieldProps {
  label: string;
  optional?: boolean;
  /** What went wrong with the files last chosen, shown and announced at the field. */
  error: string | null;
  /** What the live region says: a file chosen, uploaded or taken off. */
  said: string;
  input: RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
  /** Shown under the input: progress, or the files chosen so far. */
  children?: ReactNode;
}

/**
 * The file input both attachment controls use: a visible label, the types and size allowed as
 * its hint, an error tied to it, and a quiet live region. Emptied after each choice, so that the
 * same file can be chosen again.
 */
export function FileField({ label, optional, error, said, input, onFiles, children }: FileFieldProps) {
  const id = useId();
  return (
    <div className={['field', 'attachment-upload', error && 'field--error'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      <div className="field__hint" id={`${id}-hint`}>
        {ALLOWED_LABELS}, up to {MAX_SIZE_LABEL} each.
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        ref={input}
        id={id}
        className="input attachment-upload__input"
        type="file"
        name="file"
        multiple
        accept={ACCEPT}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          if (files.length > 0) onFiles(files);
        }}
      />
      {children}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
