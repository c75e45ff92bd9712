import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './form/buttons';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  pending?: boolean;
  /** The error of the last attempt, shown in the dialog. */
  error?: string | null;
  tone?: 'warning' | 'primary';
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before something hard to undo (deactivating a member, revoking an invitation). A modal
 * <dialog>: the browser keeps focus inside and Escape cancels; focus starts on "Cancel", the
 * safe choice, and returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel = 'Cancel',
  pending = false,
  error,
  tone = 'warning',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
      return () => {
        if (dialog.open) {
          if (typeof dialog.close === 'function') dialog.close();
          else dialog.removeAttribute('open');
        }
        if (opener?.isConnected) opener.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={error ? errorId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      {open && (
        <>
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          <div className="dialog__body">{children}</div>
          {error && (
            <p className="field__error" id={errorId} role="alert">
              {error}
            </p>
          )}
          <div className="button-group">
            <Button variant={tone} pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button
              variant="secondary"
              ref={cancelRef}
              onClick={onCancel}
              aria-disabled={pending || undefined}
            >
              {cancelLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
