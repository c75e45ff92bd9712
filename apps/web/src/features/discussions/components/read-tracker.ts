import { useCallback, useEffect, useRef } from 'react';

/** Whether enough of a post is on screen to count as read: half of it, or its end. */
function readEnough(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  const bottom = entry.rootBounds?.bottom ?? window.innerHeight;
  return entry.intersectionRatio >= 0.5 || entry.boundingClientRect.bottom <= bottom;
}

/**
 * Marks posts read as they come into view: the furthest post seen is sent (PUT read) at most
 * once per `intervalMs`, and once more when the page is left. `trackPost(n)` is the ref of
 * post n's element.
 */
export function useReadTracker(
  lastReadPostNumber: number,
  markRead: (postNumber: number) => void,
  intervalMs = 1500,
) {
  const seen = useRef(lastReadPostNumber);
  const sent = useRef(lastReadPostNumber);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const observer = useRef<IntersectionObserver | null>(null);
  const latestMarkRead = useRef(markRead);
  useEffect(() => {
    latestMarkRead.current = markRead;
  });

  // What the server says was read (another tab, one's own reply) need not be sent again.
  useEffect(() => {
    sent.current = Math.max(sent.current, lastReadPostNumber);
    seen.current = Math.max(seen.current, lastReadPostNumber);
  }, [lastReadPostNumber]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (seen.current > sent.current) {
      sent.current = seen.current;
      latestMarkRead.current(seen.current);
    }
  }, []);

  const sawPost = useCallback(
    (postNumber: number) => {
      if (postNumber <= seen.current) return;
      seen.current = postNumber;
      timer.current ??= setTimeout(flush, intervalMs);
    },
    [flush, intervalMs],
  );

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const number = Number((entry.target as HTMLElement).dataset['postNumber']);
          if (readEnough(entry) && Number.isInteger(number)) sawPost(number);
        }
      },
      { threshold: [0, 0.5, 1] },
    );
    observer.current = watcher;
    for (const element of document.querySelectorAll<HTMLElement>('[data-post-number]')) {
      watcher.observe(element);
    }
    return () => {
      watcher.disconnect();
      observer.current = null;
      flush();
    };
  }, [sawPost, flush]);

  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      if (observer.current) {
        observer.current.observe(element);
        const watched = observer.current;
        return () => watched.unobserve(element);
      }
      // Without IntersectionObserver, a post shown counts as read.
      if (typeof IntersectionObserver === 'undefined') sawPost(Number(element.dataset['postNumber']));
      return undefined;
    },
    [sawPost],
  );
}
