import type { KeyboardEvent } from 'react';

/** What the search box shows of its suggestions on the input itself. */
export interface SuggestionsView {
  open: boolean;
  /** The highlighted option's id, for aria-activedescendant. */
  activeId: string | undefined;
}

/** The suggestions' own keys (arrows, Enter on a highlighted one, Escape while open): true when handled. */
export type SuggestionKeys = (event: KeyboardEvent<HTMLInputElement>) => boolean;
