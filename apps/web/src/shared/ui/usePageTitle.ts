import { useEffect } from 'react';

/** Sets the document title, which screen readers announce after navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · EGCC Portal`;
  }, [title]);
}
