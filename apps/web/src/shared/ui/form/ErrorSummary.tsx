import { type MouseEvent, useEffect, useRef } from 'react';
import type { ErrorSummaryProps } from './use-form';

/** Moves focus to a field and brings its label into view (GOV.UK's error summary behaviour). */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  // No hash change: some pages keep a token in the address's fragment.
  event.preventDefault();
  const legendOrLabel =
    field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${fieldId}"]`);
  (legendOrLabel ?? field).scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * "There is a problem": every error of a failed submission, linked to its field. It takes
 * focus when it appears, so a screen reader reads it and a keyboard user starts there.
 */
export function ErrorSummary({ id, items, focusSignal }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);

  if (items.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      ref={ref}
      id={id}
    >
      <h2 className="error-summary__title" id={`${id}-title`}>
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(event) => goToField(event, item.fieldId as string)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
