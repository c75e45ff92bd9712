import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the page: things that happen without the member doing anything
 * (a reply arriving, a notification) are said once, without moving focus.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const announce = useCallback<Announce>((text) => {
    if (timer.current) clearTimeout(timer.current);
    // Emptied first, so that the same words said twice are heard twice.
    setMessage('');
    timer.current = setTimeout(() => setMessage(text), 50);
  }, []);
  return { message, announce };
}

export function AnnounceProvider({ announce, children }: { announce: Announce; children: ReactNode }) {
  return <AnnounceContext.Provider value={announce}>{children}</AnnounceContext.Provider>;
}

/** The region itself; the layout puts it in the banner, so that it is inside a landmark. */
export function AnnouncementRegion({ message }: { message: string }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcements">
      {message}
    </div>
  );
}

/** Says something politely in the page's live region. */
export const useAnnounce = (): Announce => useContext(AnnounceContext);
