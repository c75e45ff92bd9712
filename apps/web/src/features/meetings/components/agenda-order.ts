/** The ids with the one at `from` moved to `to` (0-based). */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/** What a screen reader hears after a move: "“Welcome” moved to position 2 of 5." */
export function movedText(title: string, position: number, count: number): string {
  return `“${title}” moved to position ${position} of ${count}.`;
}
