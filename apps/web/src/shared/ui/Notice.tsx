import type { ReactNode } from 'react';
import { useLocation } from 'react-router';

export interface NoticeProps {
  tone?: 'success' | 'info' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  /** A live region: announced when it appears (for results of what the member just did). */
  live?: boolean;
  className?: string;
}

/** A boxed message: the result of an action, or something to know before going on. */
export function Notice({ tone = 'info', title, children, live = false, className }: NoticeProps) {
  return (
    <div
      className={['notice', `notice--${tone}`, className].filter(Boolean).join(' ')}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}

/** What a page passes to the next in the navigation state: a result to show there. */
export interface FlashState {
  flash?: string;
}

/** Shows the message the previous page left in the navigation state ("Invitation sent …"). */
export function Flash() {
  const location = useLocation();
  const message = (location.state as FlashState | null)?.flash;
  if (!message) return null;
  return (
    <Notice tone="success" live>
      <p>{message}</p>
    </Notice>
  );
}
