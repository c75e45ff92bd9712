import { Button } from './form';

/**
 * The buttons at the end of a list's filter form: apply the draft, and (once something is
 * applied) clear it. "filter" or "filters", as the form has one or several.
 */
export function FilterActions({
  active,
  onClear,
  noun = 'filters',
}: {
  active: boolean;
  onClear: () => void;
  noun?: 'filter' | 'filters';
}) {
  const label = noun === 'filter' ? 'filter' : 'filters';
  return (
    <div className="filters__actions">
      <Button type="submit" variant="secondary">
        Apply {label}
      </Button>
      {active && (
        <Button variant="link" onClick={onClear}>
          Clear {label}
        </Button>
      )}
    </div>
  );
}
