import type { SearchSuggestion } from '@egcc/contracts';
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { useSuggestions } from '../api/get-suggestions';
import { SEARCH_TYPE_LABELS } from './labels';
import type { SuggestionKeys, SuggestionsView } from './suggestion-types';

/** Suggestions are asked for once typing pauses this long. */
export const SUGGEST_DELAY_MS = 150;
/** Fewer characters than this suggest too much to be useful. */
const MIN_LENGTH = 2;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

function countMessage(items: SearchSuggestion[] | undefined, failed: boolean): string {
  if (failed) return 'Suggestions are not available. Press Enter to search.';
  if (!items) return '';
  if (items.length === 0) return 'No suggestions. Press Enter to search.';
  const count = items.length === 1 ? '1 suggestion' : `${items.length} suggestions`;
  return `${count}. Use the up and down arrows to choose one, Enter to open it.`;
}

interface SearchSuggestionsProps {
  query: string;
  focused: boolean;
  listId: string;
  /** Filled with this component's key handling, which the box calls first. */
  keysRef: RefObject<SuggestionKeys | null>;
  onView: (view: SuggestionsView) => void;
  onChoose: (url: string) => void;
}

/**
 * The listbox under the search box: what matches the words typed so far (the last one as a
 * prefix), asked for once typing pauses. Up and Down move the highlight, Enter opens the
 * highlighted suggestion, Escape closes the list until the query changes. A status line says
 * how many there are.
 */
export function SearchSuggestions({
  query,
  focused,
  listId,
  keysRef,
  onView,
  onChoose,
}: SearchSuggestionsProps) {
  const typed = query.trim();
  const settled = useDebounced(typed, SUGGEST_DELAY_MS);
  const asked = settled.length >= MIN_LENGTH ? settled : '';
  const suggestions = useSuggestions(asked);
  const items = asked && typed.length >= MIN_LENGTH ? suggestions.data?.items : undefined;
  // The highlight and a dismissal hold for the list they were made on, until the text changes.
  const [highlight, setHighlight] = useState({ list: '', index: -1 });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [typedBefore, setTypedBefore] = useState(typed);
  if (typedBefore !== typed) {
    setTypedBefore(typed);
    setHighlight({ list: '', index: -1 });
    setDismissed(null);
  }
  const listKey = `${asked}\u0000${suggestions.dataUpdatedAt}`;
  const active = highlight.list === listKey ? highlight.index : -1;
  const open = focused && dismissed !== typed && items !== undefined && items.length > 0;
  const activeId = open && active >= 0 ? optionId(listId, active) : undefined;
  const message = focused && typed.length >= MIN_LENGTH ? countMessage(items, suggestions.isError) : '';

  useLayoutEffect(() => onView({ open, activeId }), [open, activeId, onView]);

  useLayoutEffect(() => {
    keysRef.current = (event) => {
      const count = items?.length ?? 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count === 0) return false;
        event.preventDefault();
        if (!open) {
          setDismissed(null);
          setHighlight({ list: listKey, index: event.key === 'ArrowDown' ? 0 : count - 1 });
          return true;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From no highlight, Down goes to the first and Up to the last; both wrap around.
        const next = active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count;
        setHighlight({ list: listKey, index: next });
        return true;
      }
      if (event.key === 'Enter' && open && active >= 0) {
        const chosen = items?.[active];
        if (!chosen) return false;
        event.preventDefault();
        onChoose(chosen.url);
        return true;
      }
      if (event.key === 'Escape' && open) {
        event.preventDefault();
        setDismissed(typed);
        setHighlight({ list: listKey, index: -1 });
        return true;
      }
      return false;
    };
    return () => {
      keysRef.current = null;
    };
  });

  return (
    <>
      <div
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="site-search__suggestions"
        hidden={!open}
      >
        {open &&
          items?.map((item, index) => (
            <div
              key={`${item.type}-${item.id}`}
              id={optionId(listId, index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="site-search__option"
              // Chosen on press, so that focus stays in the box (whose keys choose too).
              onMouseDown={(event) => {
                event.preventDefault();
                onChoose(item.url);
              }}
            >
              <span className="site-search__option-title">{item.title}</span>
              <span className="site-search__option-context">
                {item.context || SEARCH_TYPE_LABELS[item.type].one}
              </span>
            </div>
          ))}
      </div>
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </>
  );
}
