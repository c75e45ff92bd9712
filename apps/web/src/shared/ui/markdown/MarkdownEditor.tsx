import type { PersonRef } from '@egcc/contracts';
import { type ReactNode, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type FieldProps, TextArea } from '../form';
import { useMentionCandidates } from '../../api/get-mention-candidates';
import { MarkdownPreview } from './markdown-preview';
import { completeMention, mentionAt } from './mention';

export interface MarkdownEditorProps extends FieldProps<string> {
  hint?: ReactNode;
  optional?: boolean;
  rows?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** "write" or "preview"; the editor keeps its own when not given. */
  mode?: 'write' | 'preview';
  onModeChange?: (mode: 'write' | 'preview') => void;
  /** Completes "@handle" from the members (posts notify whom they mention; other texts do not). */
  mentions?: boolean;
}

/** Waits until `value` has stayed the same for `ms`: one request per pause in typing. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function MarkdownHint({ mentions = true }: { mentions?: boolean }) {
  return (
    <>
      Markdown: <code>**bold**</code>, <code>_italic_</code>, <code>[a link](https://…)</code>,{' '}
      <code>&gt; quotation</code>, <code>- list</code>.
      {mentions && (
        <>
          {' '}
          Type <code>@</code> and a name to mention a member, who is then notified.
        </>
      )}
    </>
  );
}

/**
 * A Markdown textarea with a preview, and completion of @mentions: typing "@" and a few
 * letters lists matching members (a listbox tied to the textarea by aria-activedescendant);
 * Up and Down choose, Enter inserts "@handle", Escape closes the list. A status line says
 * how many matched and what was inserted.
 */
export function MarkdownEditor({
  mentions = true,
  hint = <MarkdownHint mentions={mentions} />,
  rows = 8,
  textareaRef,
  mode: controlledMode,
  onModeChange,
  ...field
}: MarkdownEditorProps) {
  const { id, value, onChange } = field;
  const fallbackRef = useRef<HTMLTextAreaElement | null>(null);
  const ownRef = textareaRef ?? fallbackRef;
  const [ownMode, setOwnMode] = useState<'write' | 'preview'>('write');
  const mode = controlledMode ?? ownMode;
  const setMode = (next: 'write' | 'preview') => {
    setOwnMode(next);
    onModeChange?.(next);
  };
  const [caret, setCaret] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [highlight, setHighlight] = useState({ list: '', index: 0 });
  const [inserted, setInserted] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const statusId = useId();

  const mention = !mentions || caret === null ? null : mentionAt(value, caret);
  const query = mention && mention.query.length > 0 && mention.start !== dismissedAt ? mention.query : null;
  const settledQuery = useDebounced(query, 150);
  const candidates = useMentionCandidates(query ? settledQuery : null);
  const options: PersonRef[] = (query && candidates.data) || [];
  const current = Boolean(query) && settledQuery === query && !candidates.isPlaceholderData;
  const open = focused && mode === 'write' && options.length > 0;
  const listKey = options.map((option) => option.id).join(',');
  const active = highlight.list === listKey ? Math.min(highlight.index, options.length - 1) : 0;
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ownRef.current) return;
    ownRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value, ownRef]);

  const readCaret = () => setCaret(ownRef.current?.selectionStart ?? null);

  const choose = (person: PersonRef) => {
    if (!mention || caret === null) return;
    const next = completeMention(value, caret, mention, person.handle);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setInserted(`Mentioned ${person.name} (@${person.handle}).`);
    onChange(next.text);
  };

  let status = '';
  if (open && current) {
    status = `${options.length === 1 ? '1 member matches' : `${options.length} members match`}. Up and Down arrows to choose, Enter to insert, Escape to close.`;
  } else if (query && current && candidates.isSuccess && options.length === 0) {
    status = `No member matches @${query}.`;
  } else if (inserted) {
    status = inserted;
  }

  const list = open ? (
    <div className="mention-list" role="listbox" id={listId} aria-label="Members to mention">
      {options.map((person, index) => (
        <div
          key={person.id}
          id={optionId(index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          className="mention-list__option"
          // Chosen on press, so that focus stays in the textarea (the keys work there).
          onMouseDown={(event) => {
            event.preventDefault();
            choose(person);
          }}
        >
          <span className="mention-list__name">{person.name}</span>{' '}
          <span className="mention-list__handle">@{person.handle}</span>
          {person.delegation && <span className="mention-list__delegation"> · {person.delegation.name}</span>}
        </div>
      ))}
    </div>
  ) : null;

  return (
    <div className="markdown-editor">
      <TextArea
        {...field}
        hint={hint}
        rows={rows}
        ref={ownRef}
        hidden={mode === 'preview'}
        onChange={(next) => {
          setInserted(null);
          onChange(next);
          readCaret();
        }}
        before={
          <div className="editor-modes" role="group" aria-label="Show the text or a preview">
            <button
              type="button"
              className="editor-modes__button"
              aria-pressed={mode === 'write'}
              onClick={() => {
                setMode('write');
                requestAnimationFrame(() => ownRef.current?.focus());
              }}
            >
              Write
            </button>
            <button
              type="button"
              className="editor-modes__button"
              aria-pressed={mode === 'preview'}
              onClick={() => setMode('preview')}
            >
              Preview
            </button>
          </div>
        }
        after={
          <>
            {list}
            {mode === 'preview' && (
              <section className="preview" aria-label={`Preview of ${field.label.toLowerCase()}`}>
                <MarkdownPreview source={value} />
              </section>
            )}
            <p className="visually-hidden" role="status" id={statusId}>
              {status}
            </p>
          </>
        }
        textareaProps={{
          'aria-autocomplete': mentions ? 'list' : undefined,
          'aria-controls': open ? listId : undefined,
          'aria-activedescendant': open ? optionId(active) : undefined,
          onSelect: readCaret,
          onClick: readCaret,
          onFocus: () => {
            setFocused(true);
            readCaret();
          },
          onBlur: () => setFocused(false),
          onKeyDown: (event) => {
            if (!open) return;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setHighlight({ list: listKey, index: (active + step + options.length) % options.length });
            } else if (event.key === 'Enter' && !event.shiftKey && current) {
              event.preventDefault();
              const person = options[active];
              if (person) choose(person);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              if (mention) setDismissedAt(mention.start);
            }
          },
        }}
      />
    </div>
  );
}
