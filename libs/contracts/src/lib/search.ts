import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';
import { PersonRef } from './people';
import { MeetingRef, ReportDelegation } from './reports';

/** What a search finds: report sections, threads and posts, meetings and their parts, members. */
export const SearchType = z
  .enum(['REPORT', 'THREAD', 'POST', 'MEETING', 'AGENDA', 'MINUTES', 'DECISION', 'ACTION_ITEM', 'MEMBER'])
  .meta({ id: 'SearchType' });
export type SearchType = z.infer<typeof SearchType>;

export const SEARCH_TYPES = SearchType.options;

/** Longest query accepted; a longer one is a 400 that says so. */
export const SEARCH_QUERY_MAX = 300;

/** What is typed: at most SEARCH_QUERY_MAX characters, no control characters (a NUL cannot be stored or searched). */
const SearchText = z
  .string()
  .max(SEARCH_QUERY_MAX, `must be at most ${SEARCH_QUERY_MAX} characters`)
  .refine(
    // eslint-disable-next-line no-control-regex
    (text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text),
    'must not contain control characters',
  );

/** Types in a query string: `types=REPORT,POST` (or the parameter repeated). */
const SearchTypes = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(SearchType).max(SEARCH_TYPES.length));

/**
 * A search: words, "quoted phrases", -excluded words and OR, as in web search engines; the
 * filters narrow it to the types they apply to (a focus area to reports and threads, an author
 * to threads, posts and reports).
 */
export const SearchQuery = z
  .object({
    q: SearchText.pipe(z.string().trim().min(1, 'type something to search for')),
    types: SearchTypes.optional(),
    /** Delegation code: reports of it, posts and threads by its members or about it, its members. */
    delegation: z.string().trim().toLowerCase().max(8).optional(),
    focusArea: z.string().trim().max(40).optional(),
    gapKind: z.string().trim().max(40).optional(),
    /** Reporting period code, e.g. 2026-H1: reports of it, and what was written within it. */
    period: z.string().trim().max(20).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** A member's handle. */
    author: z.string().trim().max(60).optional(),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before `from`', path: ['to'] });
export type SearchQuery = z.infer<typeof SearchQuery>;

/** A piece of a snippet or title: `match` marks the words that matched (shown highlighted). */
export const SearchTextPart = z
  .object({ text: z.string(), match: z.boolean() })
  .meta({ id: 'SearchTextPart' });
export type SearchTextPart = z.infer<typeof SearchTextPart>;

export const SearchHit = z
  .object({
    type: SearchType,
    /** The id of what was found (report, thread, post, meeting, agenda version, minutes entry, …). */
    id: Id,
    /** Plain text, never HTML. */
    title: z.string(),
    /** Where in it, when that says something: a report section ("Gaps"), an agenda item. */
    section: z.string().nullable(),
    /** Plain text around the matches; empty when only the title matched. */
    snippet: z.array(SearchTextPart),
    /** Where it is in the portal. */
    url: z.string(),
    /** When it was written, published or held. */
    date: IsoDateTime,
    delegation: ReportDelegation.nullable(),
    author: PersonRef.nullable(),
    meeting: MeetingRef.nullable(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

/** Matches per type, counted up to a cap (`capped`: there are at least that many). */
export const SearchCount = z
  .object({ type: SearchType, count: z.number().int(), capped: z.boolean() })
  .meta({ id: 'SearchCount' });
export type SearchCount = z.infer<typeof SearchCount>;

export const SearchResults = z
  .object({
    items: z.array(SearchHit),
    nextCursor: z.string().nullable(),
    /**
     * Per type, for the reader (what they may not see is never counted), under the filters but
     * whatever the type filter; on the first page only (empty on the pages a cursor asks for).
     */
    counts: z.array(SearchCount),
  })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;

/** Suggestions while typing: the last word counts as a prefix ("foste" finds foster care). */
export const SuggestQuery = z.object({
  /** Not trimmed at the end: "foster " (with a space) has its last word complete. */
  q: SearchText.refine((text) => text.trim().length > 0, 'type something to search for').transform((text) =>
    text.trimStart(),
  ),
  limit: z.coerce.number().int().min(1).max(10).default(8),
});
export type SuggestQuery = z.infer<typeof SuggestQuery>;

export const SearchSuggestion = z
  .object({
    type: SearchType,
    id: Id,
    title: z.string(),
    /** What it is, in a few words: "Thread", "Denmark: national report, 2026 H1", "Member, Estonia". */
    context: z.string(),
    url: z.string(),
  })
  .meta({ id: 'SearchSuggestion' });
export type SearchSuggestion = z.infer<typeof SearchSuggestion>;

export const SearchSuggestions = z
  .object({ items: z.array(SearchSuggestion) })
  .meta({ id: 'SearchSuggestions' });
export type SearchSuggestions = z.infer<typeof SearchSuggestions>;
