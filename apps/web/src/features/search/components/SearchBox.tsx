import { type KeyboardEvent, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SuggestionKeys, SuggestionsView } from './suggestion-types';
import './search-box.css';

// The box is in every signed-in page's first download, so it stays small: the suggestions
// (their fetching, the contracts' schema, the listbox and its keys) load on first focus or key.
const SearchSuggestions = lazy(() =>
  import('./SearchSuggestions').then((module) => ({ default: module.SearchSuggestions })),
);

const CLOSED: SuggestionsView = { open: false, activeId: undefined };

/** Where "/" means a character, not "search": fields, editors, anything editable. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The results page for a query. */
const searchPath = (query: string) => `/search?q=${encodeURIComponent(query)}`;

/**
 * The search box in the banner: an editable combobox (WAI-ARIA APG) whose suggestions open what
 * they name; Enter without a chosen suggestion opens the results page. "/" anywhere outside a
 * field focuses it; Escape closes the suggestions, then empties the box, then leaves it.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const keys = useRef<SuggestionKeys | null>(null);
  // Where the member was before "/": Escape in the empty box takes them back there.
  const cameFrom = useRef<HTMLElement | null>(null);
  const [value, setValue] = useState('');
  const [wanted, setWanted] = useState(false);
  const [focused, setFocused] = useState(false);
  const [view, setView] = useState<SuggestionsView>(CLOSED);
  const listId = useId();
  // Named by aria-controls before the suggestions load; they render the same list.
  const emptyList = <div id={listId} role="listbox" aria-label="Suggestions" hidden />;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (isTyping(event.target) || !inputRef.current) return;
      event.preventDefault();
      const active = document.activeElement;
      cameFrom.current = active instanceof HTMLElement && active !== document.body ? active : null;
      inputRef.current.focus();
      inputRef.current.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const go = (to: string) => {
    setValue('');
    void navigate(to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    setWanted(true);
    if (keys.current?.(event)) return;
    if (event.key !== 'Escape') return;
    // The suggestions are closed: empty the box, and then leave it.
    event.preventDefault();
    if (value) {
      setValue('');
    } else {
      const back = cameFrom.current;
      cameFrom.current = null;
      if (back?.isConnected) back.focus();
      else inputRef.current?.blur();
    }
  };

  return (
    <form
      className="site-search"
      role="search"
      aria-label="Site"
      onSubmit={(event) => {
        event.preventDefault();
        const query = value.trim();
        if (query) go(searchPath(query));
      }}
    >
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search the portal
      </label>
      <div className="site-search__field">
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="site-search__input"
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          spellCheck={false}
          maxLength={300}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={view.open}
          aria-controls={listId}
          aria-activedescendant={view.open ? view.activeId : undefined}
          aria-keyshortcuts="/"
          value={value}
          onChange={(event) => {
            setWanted(true);
            setValue(event.target.value);
          }}
          onFocus={() => {
            setWanted(true);
            setFocused(true);
          }}
          onBlur={() => setFocused(false)}
          onKeyDown={onKeyDown}
        />
        <kbd className="site-search__key" aria-hidden="true">
          /
        </kbd>
        {wanted ? (
          <Suspense fallback={emptyList}>
            <SearchSuggestions
              query={value}
              focused={focused}
              listId={listId}
              keysRef={keys}
              onView={setView}
              onChoose={go}
            />
          </Suspense>
        ) : (
          emptyList
        )}
      </div>
      <button type="submit" className="site-search__submit">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.4-5.4-5.38A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z"
          />
        </svg>
        <span className="visually-hidden">Search</span>
      </button>
    </form>
  );
}
