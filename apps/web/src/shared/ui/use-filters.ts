import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Reads a list page's filters from the address ("?status=PENDING&q=riga"). */
export function filtersFrom<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** Keeps only the values that are one of `allowed` (enum filters from a hand-edited address). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * A filter form whose values live in the address: shareable, kept on reload and back, and
 * read by the page's loader. Editing changes a draft; "Apply" puts it in the address.
 */
export function useFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params, keys);
  const appliedKey = keys.map((key) => applied[key] ?? '').join('\u0000');
  const [state, setState] = useState(() => ({ for: appliedKey, draft: withAll(keys, applied) }));
  // Back and forward change the address: the form follows (adjusted while rendering).
  if (state.for !== appliedKey) setState({ for: appliedKey, draft: withAll(keys, applied) });
  const draft = state.draft;
  const setDraft = (update: (current: Record<K, string>) => Record<K, string>) =>
    setState((current) => ({ ...current, draft: update(current.draft) }));

  return {
    applied,
    active: Object.keys(applied).length > 0,
    field: (key: K, label: string) => ({
      id: `filter-${key}`,
      name: key,
      label,
      value: draft[key],
      error: undefined,
      onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
    }),
    apply: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setParams(filtersToParams(draft));
    },
    /**
     * Applies the form without one filter (a filter shown as a "remove" button rather than a
     * field). It starts from the form, not from the address as last rendered, so that a filter
     * applied a moment before is kept.
     */
    drop: (key: K) => {
      const next = { ...draft, [key]: '' };
      setDraft(() => next);
      setParams(filtersToParams(next));
    },
    clear: () => {
      setDraft(() => withAll(keys, {}));
      setParams(new URLSearchParams());
    },
  };
}

function withAll<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, string>>,
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? ''])) as Record<K, string>;
}

function filtersToParams(values: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value.trim()) params.set(key, value.trim());
  return params;
}
