import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

export const buttonClass = (variant: ButtonVariant = 'primary', extra?: string) =>
  ['button', variant !== 'primary' && `button--${variant}`, extra].filter(Boolean).join(' ');

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
  variant?: ButtonVariant;
  /** While true the button stays focusable but does nothing, and says what is happening. */
  pending?: boolean;
  pendingLabel?: ReactNode;
}

/** A button that stays in the tab order while its action runs (a disabled one would drop focus). */
export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass(variant, className)}
      aria-disabled={pending || rest['aria-disabled'] ? true : undefined}
      data-pending={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export interface SubmitButtonProps extends Omit<ButtonProps, 'type'> {
  pending: boolean;
}

/** The form's submit button: shows that the form is being sent and ignores a second press. */
export function SubmitButton({
  pending,
  pendingLabel = 'Please wait…',
  children,
  ...rest
}: SubmitButtonProps) {
  return (
    <>
      <Button {...rest} type="submit" pending={pending} pendingLabel={pendingLabel}>
        {children}
      </Button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
