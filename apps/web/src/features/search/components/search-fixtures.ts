import type { SearchHit, SearchResults, SearchSuggestion } from '@egcc/contracts';

// Test data for the search box's and the results page's unit tests, as the API answers them.

let next = 0;
const id = () => `0190a4c2-0000-7000-8000-${String(++next).padStart(12, '0')}`;

export function makeSuggestion(overrides: Partial<SearchSuggestion> = {}): SearchSuggestion {
  const suggestionId = overrides.id ?? id();
  return {
    type: 'THREAD',
    id: suggestionId,
    title: 'Too few foster families: moving children out of institutions',
    context: 'Thread',
    url: `/discussions/${suggestionId}`,
    ...overrides,
  };
}

export function makeHit(overrides: Partial<SearchHit> = {}): SearchHit {
  const hitId = overrides.id ?? id();
  return {
    type: 'REPORT',
    id: hitId,
    title: 'Denmark: national report, 2026 H1',
    section: 'Gaps',
    snippet: [
      { text: 'Too few ', match: false },
      { text: 'foster', match: true },
      { text: ' families for teenagers and for sibling groups.', match: false },
    ],
    url: `/reports/${hitId}#gaps`,
    date: '2026-06-30T10:00:00.000Z',
    delegation: { id: id(), code: 'dk', name: 'Denmark' },
    author: null,
    meeting: null,
    ...overrides,
  };
}

export function makeResults(overrides: Partial<SearchResults> = {}): SearchResults {
  const items = overrides.items ?? [makeHit()];
  return {
    items,
    nextCursor: null,
    counts: [{ type: 'REPORT', count: items.length, capped: false }],
    ...overrides,
  };
}
