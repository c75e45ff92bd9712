import { type ReactNode, useEffect, useRef } from 'react';
import { useAnnounce } from '../../../shared/ui/Announcer';
import { Button } from '../../../shared/ui/form';

export interface RepeatableListProps<T extends { key: string }> {
  items: T[];
  onChange: (items: T[]) => void;
  /** "measure", "gap": in headings ("Measure 2"), buttons and announcements. */
  noun: string;
  create: () => T;
  /** The fields of one item. */
  renderItem: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** The id of the item's first field: focus goes there when an item is added. */
  firstFieldId: (item: T) => string;
  /** What the heading says after "Measure 2", e.g. its title. */
  describe?: (item: T) => string;
  emptyText: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A repeatable group of fields (measures, gaps): add, remove, move up and down. Each item is
 * a region headed "Measure 2"; the buttons name the item they act on; what happened is said
 * in the live region, and focus goes where the member would look next (the new item's first
 * field; after a removal, the next item's heading, else the "Add" button).
 */
export function RepeatableList<T extends { key: string }>({
  items,
  onChange,
  noun,
  create,
  renderItem,
  firstFieldId,
  describe,
  emptyText,
}: RepeatableListProps<T>) {
  const announce = useAnnounce();
  const focusNext = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const Noun = capitalize(noun);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const element = target === 'add' ? addRef.current : document.getElementById(target);
    element?.focus();
  }, [items]);

  const headingId = (item: T) => `${item.key}-heading`;

  const move = (index: number, step: -1 | 1) => {
    const to = index + step;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    onChange(next);
    announce(
      `${Noun} ${index + 1} moved ${step < 0 ? 'up' : 'down'}: it is now ${noun} ${to + 1} of ${items.length}.`,
    );
  };

  const remove = (index: number) => {
    const next = items.filter((_, position) => position !== index);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? headingId(neighbour) : 'add';
    onChange(next);
    announce(
      `${Noun} ${index + 1} removed. ${next.length === 1 ? `1 ${noun}` : `${next.length} ${noun}s`} left.`,
    );
  };

  const add = () => {
    const item = create();
    focusNext.current = firstFieldId(item);
    onChange([...items, item]);
    announce(`${Noun} ${items.length + 1} added.`);
  };

  return (
    <div className="repeatable">
      {items.length === 0 && <p className="repeatable__empty">{emptyText}</p>}
      {items.map((item, index) => {
        const about = `${noun} ${index + 1}`;
        const description = describe?.(item).trim();
        return (
          <section key={item.key} className="repeatable__item" aria-labelledby={headingId(item)}>
            <h3 className="repeatable__heading" id={headingId(item)} tabIndex={-1}>
              {description ? `${Noun} ${index + 1}: ${description}` : `${Noun} ${index + 1}`}
            </h3>
            {renderItem(item, index, (patch) =>
              onChange(
                items.map((current) => (current.key === item.key ? { ...current, ...patch } : current)),
              ),
            )}
            <div className="repeatable__controls button-group button-group--compact">
              <Button
                variant="secondary"
                aria-disabled={index === 0 || undefined}
                onClick={() => move(index, -1)}
              >
                Move up<span className="visually-hidden"> {about}</span>
              </Button>
              <Button
                variant="secondary"
                aria-disabled={index === items.length - 1 || undefined}
                onClick={() => move(index, 1)}
              >
                Move down<span className="visually-hidden"> {about}</span>
              </Button>
              <Button variant="warning" onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> {about}</span>
              </Button>
            </div>
          </section>
        );
      })}
      <Button variant="secondary" ref={addRef} onClick={add}>
        Add a {noun}
      </Button>
    </div>
  );
}
