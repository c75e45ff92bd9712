import {
  SEARCH_QUERY_MAX,
  SEARCH_TYPES,
  SearchQuery,
  type SearchResults,
  type SearchType,
} from '@egcc/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, describeError } from '../../../shared/api/client';
import { delegationsQuery, useDelegationsSuspense } from '../../../shared/api/get-delegations';
import { referenceQuery, useReference } from '../../../shared/api/get-reference';
import type { LoaderFactory } from '../../../shared/api/loader';
import {
  Button,
  CheckboxGroup,
  DateField,
  fieldMessage,
  fieldOfPointer,
  SelectField,
  TextField,
} from '../../../shared/ui/form';
import { Notice } from '../../../shared/ui/Notice';
import { ShowMore } from '../../../shared/ui/ShowMore';
import { filtersFrom, useFilters } from '../../../shared/ui/use-filters';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { periodsQuery, usePeriods } from '../api/get-periods';
import { type SearchRequest, searchQuery, useSearch } from '../api/get-search';
import { SearchHitItem } from '../components/SearchHitItem';
import { countText, SEARCH_TYPE_LABELS } from '../components/labels';
import '../components/search-page.css';

const FIELDS = [
  'q',
  'types',
  'delegation',
  'focusArea',
  'gapKind',
  'period',
  'from',
  'to',
  'author',
] as const;
type Field = (typeof FIELDS)[number];
type Filter = Exclude<Field, 'q'>;
const FILTERS = FIELDS.filter((field): field is Filter => field !== 'q');

const LABELS: Record<Field, string> = {
  q: 'Search for',
  types: 'Kinds of results',
  delegation: 'Delegation',
  focusArea: 'Focus area',
  gapKind: 'Gap',
  period: 'Reporting period',
  from: 'From',
  to: 'To',
  author: 'Author',
};

/** Types from the address, leaving out anything that is not one (a hand-edited address). */
const typesOf = (value: string | undefined): SearchType[] =>
  SEARCH_TYPES.filter((type) => (value ?? '').split(',').includes(type));

/**
 * The search the address asks for, checked as the API would check it: null when there is no
 * query yet or it cannot be sent, with what is wrong by field.
 */
function toRequest(applied: Partial<Record<Field, string>>): {
  request: SearchRequest | null;
  errors: Partial<Record<Field, string>>;
} {
  if (!applied.q) return { request: null, errors: {} };
  const types = typesOf(applied.types);
  const parsed = SearchQuery.safeParse({
    ...applied,
    types: types.length > 0 ? types : undefined,
    author: applied.author?.replace(/^@/, ''),
  });
  if (!parsed.success) {
    const errors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((candidate) => candidate === issue.path[0]) ?? 'q';
      errors[field] ??= fieldMessage(LABELS[field], {
        ...issue,
        message: issue.message.replace('`from`', `the ${LABELS.from} date`),
      });
    }
    return { request: null, errors };
  }
  const { cursor: _cursor, limit: _limit, types: chosen, ...search } = parsed.data;
  return { request: { ...search, types: chosen?.join(',') }, errors: {} };
}

/** A 400's field errors by field; a 400 that names no field of the form is the query's. */
function apiErrors(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.problem.errors ?? []) {
    const name = fieldOfPointer(issue.pointer);
    const field = FIELDS.find((candidate) => candidate === name);
    if (field) errors[field] ??= fieldMessage(LABELS[field], { code: issue.code, message: issue.detail });
  }
  if (Object.keys(errors).length === 0) errors.q = error.message;
  return errors;
}

export const searchLoader: LoaderFactory =
  (queryClient) =>
  async ({ request }) => {
    const { request: search } = toRequest(filtersFrom(new URL(request.url).searchParams, FIELDS));
    await Promise.all([
      // A failed search is shown by the page, next to the field it is about.
      search ? queryClient.prefetchInfiniteQuery(searchQuery(search)) : null,
      queryClient.ensureQueryData(referenceQuery()),
      queryClient.ensureQueryData(delegationsQuery()),
      queryClient.ensureQueryData(periodsQuery()),
    ]);
    return null;
  };

const SYNTAX_HINT = (
  <>
    Words find what contains them all. Use <code>{'"quotes"'}</code> for an exact phrase, <code>-word</code>{' '}
    to leave a word out, and <code>OR</code> for either of two words.
  </>
);

/**
 * Search across reports, discussions, meetings and members: the query and the filters live in
 * the address, the results come ranked with their matching words highlighted, a page at a time.
 */
export function SearchPage() {
  const form = useFilters(FIELDS);
  const [, setParams] = useSearchParams();
  const query = form.applied.q ?? '';
  usePageTitle(query ? `Search: ${query}` : 'Search');
  const { request, errors: checkErrors } = toRequest(form.applied);
  const results = useSearch(request);
  const errors = { ...apiErrors(results.error), ...checkErrors };
  const { data: reference } = useReference();
  const { data: delegations } = useDelegationsSuspense();
  const { data: periods } = usePeriods();
  const appliedFilters = FILTERS.filter((key) => form.applied[key]).length;
  const [showFilters, setShowFilters] = useState(
    appliedFilters > 0 || FILTERS.some((key) => errors[key] !== undefined),
  );
  const field = (key: Field) => ({ ...form.field(key, LABELS[key]), error: errors[key] });
  const typesField = field('types');

  return (
    <article className="page search-page">
      <h1>Search</h1>
      <form
        className="search-form"
        role="search"
        aria-label="Query and filters"
        onSubmit={form.apply}
        noValidate
      >
        <div className="search-form__query">
          <TextField
            {...field('q')}
            type="search"
            hint={SYNTAX_HINT}
            maxLength={SEARCH_QUERY_MAX}
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit">Search</Button>
        </div>
        <details
          className="search-form__filters"
          open={showFilters}
          onToggle={(event) => setShowFilters(event.currentTarget.open)}
        >
          <summary>
            Filters
            {appliedFilters > 0 && ` (${appliedFilters} applied)`}
          </summary>
          <div className="filters search-form__filter-fields">
            <CheckboxGroup
              {...typesField}
              optional
              hint="Nothing ticked shows every kind."
              value={typesOf(typesField.value)}
              onChange={(types) => typesField.onChange(typesOf(types.join(',')).join(','))}
              options={SEARCH_TYPES.map((type) => ({ value: type, label: SEARCH_TYPE_LABELS[type].many }))}
            />
            <div className="search-form__selects">
              <SelectField
                {...field('delegation')}
                placeholder="Any"
                options={delegations.map((delegation) => ({
                  value: delegation.code,
                  label: delegation.name,
                }))}
              />
              <SelectField
                {...field('focusArea')}
                placeholder="Any"
                options={reference.focusAreas.map((area) => ({ value: area.code, label: area.name }))}
              />
              <SelectField
                {...field('gapKind')}
                placeholder="Any"
                options={reference.gapKinds.map((kind) => ({ value: kind.code, label: kind.name }))}
              />
              <SelectField
                {...field('period')}
                placeholder="Any"
                options={periods.map((period) => ({ value: period.code, label: period.label }))}
              />
              <DateField {...field('from')} optional />
              <DateField {...field('to')} optional />
              <TextField
                {...field('author')}
                optional
                width="medium"
                hint="Their handle, as in @mentions."
                autoComplete="off"
                spellCheck={false}
              />
            </div>
          </div>
          <div className="filters__actions">
            <Button type="submit" variant="secondary">
              Apply filters
            </Button>
            {appliedFilters > 0 && (
              <Button variant="link" onClick={() => setParams(query ? { q: query } : {})}>
                Clear filters
              </Button>
            )}
          </div>
        </details>
      </form>
      {request === null ? (
        Object.keys(errors).length === 0 && <SearchTips />
      ) : results.isPending ? (
        <p role="status" className="status">
          Searching…
        </p>
      ) : results.isError && Object.keys(apiErrors(results.error)).length === 0 ? (
        <Notice tone="error" live title="The search did not work.">
          <p>{describeError(results.error)}</p>
          <Button variant="secondary" onClick={() => void results.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : results.data ? (
        <Results
          query={query}
          pages={results.data.pages}
          filtered={appliedFilters > 0}
          types={typesOf(form.applied.types)}
          list={results}
          moreFailed={results.isFetchNextPageError ? describeError(results.error) : null}
        />
      ) : null}
    </article>
  );
}

function SearchTips() {
  return (
    <section className="search-tips" aria-labelledby="search-tips-heading">
      <h2 id="search-tips-heading">What you can search</h2>
      <p>
        National reports (section by section), discussions and their posts, meetings with their published
        agendas, approved minutes, decisions and action items, and members. You see only what you may read.
      </p>
      <ul className="plain-list">
        <li>
          <code>foster care</code> finds what mentions both words.
        </li>
        <li>
          <code>{'"foster care"'}</code> finds the exact phrase.
        </li>
        <li>
          <code>barnahus -iceland</code> leaves out what mentions Iceland.
        </li>
        <li>
          <code>guardianship OR guardians</code> finds either.
        </li>
        <li>Accents do not matter: Lodz finds Łódź.</li>
      </ul>
    </section>
  );
}

function Results({
  query,
  pages,
  filtered,
  types,
  list,
  moreFailed,
}: {
  query: string;
  pages: SearchResults[];
  filtered: boolean;
  /** The kinds asked for (none: all); the counts cover every kind. */
  types: SearchType[];
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): unknown };
  moreFailed: string | null;
}) {
  const hits = pages.flatMap((page) => page.items);
  const counts = (pages[0]?.counts ?? []).filter((count) => count.count > 0);
  const shown = counts.filter((count) => types.length === 0 || types.includes(count.type));
  const total = shown.reduce((sum, count) => sum + count.count, 0);
  const capped = shown.some((count) => count.capped);
  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">Results for “{query}”</h2>
      {hits.length === 0 ? (
        <div role="status" className="empty-state">
          <p>
            Nothing found for “{query}”{filtered && ' with these filters'}.
          </p>
          <ul className="plain-list">
            <li>Check the spelling, or try fewer or other words.</li>
            {filtered && <li>Clear the filters, or choose fewer of them.</li>}
            <li>Drafts of other delegations and removed posts are never found.</li>
          </ul>
        </div>
      ) : (
        <>
          <p role="status" className="search-results__summary">
            {countText(total, capped)} {total === 1 && !capped ? 'result' : 'results'}
          </p>
          <ul className="search-counts" aria-label="Results by kind">
            {counts.map((count) => (
              <li key={count.type}>
                {SEARCH_TYPE_LABELS[count.type].many}: <strong>{countText(count.count, count.capped)}</strong>
              </li>
            ))}
          </ul>
          <ol className="search-hits" aria-label="Results">
            {hits.map((hit) => (
              <SearchHitItem key={`${hit.type}-${hit.id}`} hit={hit} />
            ))}
          </ol>
        </>
      )}
      {moreFailed && (
        <Notice tone="error" live>
          <p>More results could not be loaded: {moreFailed}</p>
        </Notice>
      )}
      <ShowMore list={list} shown={hits.length} noun="results" />
    </section>
  );
}
