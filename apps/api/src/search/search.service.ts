import { Injectable } from '@nestjs/common';
import {
  SEARCH_TYPES,
  type SearchCount,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  type SearchSuggestions,
  type SearchTextPart,
  type SearchType,
  type SuggestQuery,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { DatabaseConnection } from '../database/database-connection';
import { PrismaService } from '../database/prisma.service';
import { visibilitySql } from '../reports/report-list';
import { personSelect, toPerson } from '../reports/report-views';
import { countSql, hitsSql, Params, plainText, type SourceContext, sourceSpecs } from './search-sql';

/** Of each kind, at most this many matches (the most recent) are ranked. */
const CANDIDATES = 500;
/** Counts stop here: "1,000+". */
const COUNT_CAP = 1_000;

/** Marks ts_headline puts around matched words; removed from the text beforehand. */
const START = '\u27E6';
const STOP = '\u27E7';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The page's key: score, then type and id; `asOf` fixes the recency the scores were computed with. */
const SearchCursor = z.object({
  asOf: z.iso.datetime(),
  score: z.coerce.number(),
  /** type:id:section, unique per hit (a report's sections are separate hits). */
  key: z.string().max(400),
});

interface HitRow {
  type: SearchType;
  id: string;
  score: number;
  at: Date;
  title: string;
  section: string | null;
  url: string;
  delegation_id: string | null;
  author_id: string | null;
  meeting_id: string | null;
  snippet: string | null;
  key: string;
}

/** Splits a ts_headline result into plain text parts, the marked words as matches. */
export function snippetParts(headline: string | null): SearchTextPart[] {
  if (!headline) return [];
  const parts: SearchTextPart[] = [];
  const pattern = new RegExp(`${START}([^${STOP}]*)${STOP}`, 'g');
  let last = 0;
  for (const match of headline.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: headline.slice(last, match.index), match: false });
    if (match[1]) parts.push({ text: match[1], match: true });
    last = match.index + match[0].length;
  }
  if (last < headline.length) parts.push({ text: headline.slice(last), match: false });
  // Neighbouring plain parts merge; whitespace runs (newlines of the source) become one space.
  return parts
    .map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }))
    .filter((part) => part.text.length > 0);
}

/** Words of a query for a prefix query: letters and digits only, so nothing is tsquery syntax. */
export function prefixTsquery(q: string): string | null {
  const words = (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  // A query that ends with a space has its last word complete; otherwise it is being typed.
  const typing = /[\p{L}\p{N}]$/u.test(q);
  return words
    .map((word, index) => (index === words.length - 1 && typing ? `${word}:*A` : `${word}:A`))
    .join(' & ');
}

/**
 * Search across the portal with PostgreSQL full-text search: reports by section, threads and
 * posts, meetings with their published agendas, approved minutes, decisions and action items,
 * and members. Only what the reader may see is ever a candidate.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly connection: DatabaseConnection,
    private readonly prisma: PrismaService,
  ) {}

  async search(member: AuthenticatedMember, query: SearchQuery): Promise<SearchResults> {
    const cursor = decodeCursor(query.cursor, SearchCursor);
    const params = new Params();
    const tsquery = `websearch_to_tsquery('egcc_search', ${params.add(query.q)}::text)`;
    const authorId = query.author ? await this.memberIdOf(query.author) : undefined;
    const reportParams: unknown[] = [];
    const reportVisible = visibilitySql(member, reportParams).replace(/\$(\d+)/g, (_, n: string) =>
      params.add(reportParams[Number(n) - 1]),
    );
    const { delegation, focusArea, gapKind, period, from, to, author, types } = query;
    const filters = { delegation, focusArea, gapKind, period, from, to, author };
    const ctx: SourceContext = {
      tsquery,
      params,
      reportVisible,
      filters: { ...filters, authorId: authorId ?? null },
      candidates: CANDIDATES,
    };
    const wanted = types && types.length > 0 ? types : SEARCH_TYPES;
    const asOf = cursor ? new Date(cursor.asOf) : new Date();

    // A query of stop words or punctuation only means nothing: no hits, not an error.
    const meaningful = await this.connection.pool.query<{ nodes: number }>(
      `SELECT numnode(websearch_to_tsquery('egcc_search', $1::text)) AS nodes`,
      [query.q],
    );
    if (!meaningful.rows[0]?.nodes) return { items: [], nextCursor: null, counts: [] };

    const specsByType = new Map(SEARCH_TYPES.map((type) => [type, sourceSpecs(type, ctx)] as const));
    const asOfParam = `${params.add(asOf.toISOString())}::timestamptz`;
    const hitParts = wanted.flatMap((type) =>
      (specsByType.get(type) ?? []).map((spec) => hitsSql(ctx, spec, asOfParam)),
    );

    // The counts (first page only) run beside the page's query, on a connection of their own.
    const counting = cursor ? Promise.resolve([]) : this.counts(ctx, specsByType);
    counting.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled

    const items: HitRow[] = [];
    let nextCursor: string | null = null;
    if (hitParts.length > 0) {
      const page: string[] = [];
      if (cursor) {
        const score = params.add(cursor.score);
        page.push(
          `(h.score < ${score}::float8 OR (h.score = ${score}::float8 AND h.key > ${params.add(cursor.key)}::text))`,
        );
      }
      const sql = `
        SELECT page.type, page.id, page.key, page.score, page.at, page.title, page.section, page.url,
               page.delegation_id, page.author_id, page.meeting_id,
               ts_headline('egcc_search',
                 ${plainText(`translate(COALESCE(NULLIF(page.body, ''),
                   CASE page.type WHEN 'THREAD' THEN (SELECT p.body FROM post p WHERE p.thread_id = page.id AND p.number = 1
                                                        AND p.hidden_at IS NULL AND p.deleted_at IS NULL) END, ''), '${START}${STOP}', '')`)},
                 ${tsquery}, '${HEADLINE_OPTIONS}') AS snippet
          FROM (SELECT h.* FROM (SELECT u.*, u.type || ':' || u.id || ':' || COALESCE(u.section, '') AS key
                                   FROM (${hitParts.join('\n  UNION ALL ')}) u) h
                 ${page.length ? `WHERE ${page.join(' AND ')}` : ''}
                 ORDER BY h.score DESC, h.key
                 LIMIT ${params.add(query.limit + 1)}) page
         ORDER BY page.score DESC, page.key`;
      const statement = params.statement(sql);
      const { rows } = await this.connection.pool.query<HitRow>(statement.text, statement.values);
      const hasMore = rows.length > query.limit;
      const visible = hasMore ? rows.slice(0, query.limit) : rows;
      items.push(...visible);
      const last = visible[visible.length - 1];
      if (hasMore && last) {
        nextCursor = encodeCursor({
          asOf: asOf.toISOString(),
          score: String(last.score),
          key: last.key,
        });
      }
    }

    const counts = await counting;
    return { items: await this.toHits(items), nextCursor, counts };
  }

  /** Matches per type (what the reader may see, under the filters but whatever the type filter), up to the cap. */
  private async counts(
    ctx: SourceContext,
    specsByType: Map<SearchType, ReturnType<typeof sourceSpecs>>,
  ): Promise<SearchCount[]> {
    const selects = SEARCH_TYPES.flatMap((type) => {
      const specs = specsByType.get(type) ?? [];
      if (specs.length === 0) return [];
      return [
        `(SELECT count(*)::int FROM (SELECT 1 FROM (${specs.map((spec) => countSql(ctx, spec, COUNT_CAP)).join(' UNION ALL ')}) u LIMIT ${COUNT_CAP}) x) AS "${type}"`,
      ];
    });
    if (selects.length === 0) return [];
    const statement = ctx.params.statement(`SELECT ${selects.join(',\n')}`);
    const { rows } = await this.connection.pool.query<Record<SearchType, number>>(
      statement.text,
      statement.values,
    );
    const row = rows[0];
    return SEARCH_TYPES.flatMap((type) => {
      const count = row?.[type];
      return count === undefined ? [] : [{ type, count, capped: count >= COUNT_CAP }];
    });
  }

  private async memberIdOf(handle: string): Promise<string | null> {
    const found = await this.prisma.user.findUnique({
      where: { handle: handle.replace(/^@/, '').toLowerCase() },
      select: { id: true },
    });
    return found?.id ?? null;
  }

  /** The rows with their delegation, author and meeting, read in three queries for the page. */
  private async toHits(rows: HitRow[]): Promise<SearchHit[]> {
    const ids = (key: 'delegation_id' | 'author_id' | 'meeting_id') => [
      ...new Set(rows.flatMap((row) => (row[key] ? [row[key]] : []))),
    ];
    const [delegations, authors, meetings] = await Promise.all([
      this.prisma.delegation.findMany({
        where: { id: { in: ids('delegation_id') } },
        select: { id: true, code: true, name: true },
      }),
      this.prisma.user.findMany({ where: { id: { in: ids('author_id') } }, select: personSelect }),
      this.prisma.meeting.findMany({
        where: { id: { in: ids('meeting_id') } },
        select: { id: true, title: true, startsAt: true },
      }),
    ]);
    const delegation = new Map(delegations.map((d) => [d.id, d]));
    const author = new Map(authors.map((a) => [a.id, a]));
    const meeting = new Map(meetings.map((m) => [m.id, { ...m, startsAt: m.startsAt.toISOString() }]));
    return rows.map((row) => ({
      type: row.type,
      id: row.id,
      title: row.title,
      section: row.section,
      snippet: snippetParts(row.snippet),
      url: row.url,
      date: new Date(row.at).toISOString(),
      delegation: (row.delegation_id && delegation.get(row.delegation_id)) || null,
      author: row.author_id ? toPerson(author.get(row.author_id) ?? null) : null,
      meeting: (row.meeting_id && meeting.get(row.meeting_id)) || null,
    }));
  }

  /** Titles and names that start with what is typed: threads, reports, meetings, action items, members. */
  async suggest(member: AuthenticatedMember, query: SuggestQuery): Promise<SearchSuggestions> {
    const prefix = prefixTsquery(query.q);
    if (!prefix) return { items: [] };
    const params: unknown[] = [];
    const reportVisible = visibilitySql(member, params);
    params.push(prefix);
    const pq = `to_tsquery('egcc_search', $${params.length}::text)`;
    params.push(query.limit);
    const limit = `$${params.length}`;
    const part = (sql: string) => `(${sql} ORDER BY rank DESC, at DESC LIMIT ${limit})`;
    const sql = `
      SELECT type, id, title, context, url FROM (
        ${part(`SELECT 'THREAD' AS type, t.id, t.title, 'Discussion' AS context, '/discussions/' || t.id AS url,
                       ts_rank(t.search_vector, ${pq}) AS rank, t.last_post_at AS at
                  FROM thread t WHERE t.search_vector @@ ${pq}`)}
        UNION ALL
        ${part(`SELECT 'REPORT' AS type, r.id, r.title, 'National report, ' || d.name AS context, '/reports/' || r.id AS url,
                       ts_rank(r.search_vector, ${pq}) AS rank, COALESCE(r.published_at, r.updated_at) AS at
                  FROM national_report r JOIN delegation d ON d.id = r.delegation_id
                 WHERE r.search_vector @@ ${pq} AND ${reportVisible}`)}
        UNION ALL
        ${part(`SELECT 'MEETING' AS type, mt.id, mt.title,
                       'Meeting, ' || to_char(mt.starts_at AT TIME ZONE mt.time_zone, 'FMDD Mon YYYY') AS context,
                       '/meetings/' || mt.id AS url, ts_rank(mt.search_vector, ${pq}) AS rank, mt.starts_at AS at
                  FROM meeting mt WHERE mt.search_vector @@ ${pq}`)}
        UNION ALL
        ${part(`SELECT 'ACTION_ITEM' AS type, ac.id, ac.title,
                       'Action item, ' || lower(replace(ac.status::text, '_', ' ')) AS context,
                       '/action-items/' || ac.id AS url, ts_rank(ac.search_vector, ${pq}) AS rank, ac.created_at AS at
                  FROM action_item ac WHERE ac.search_vector @@ ${pq}`)}
        UNION ALL
        ${part(`SELECT 'MEMBER' AS type, u.id, u.name AS title, 'Member, ' || COALESCE(d.name, 'CBSS Secretariat') AS context,
                       CASE WHEN d.code IS NULL THEN '/directory' ELSE '/directory/' || d.code END AS url,
                       ts_rank(u.search_vector, ${pq}) AS rank, u.created_at AS at
                  FROM "user" u LEFT JOIN delegation d ON d.id = u.delegation_id
                 WHERE u.search_vector @@ ${pq} AND u.status = 'ACTIVE'
                   AND (u.delegation_id IS NULL OR d.membership_status = 'ACTIVE')`)}
      ) s
      ORDER BY rank DESC, at DESC
      LIMIT ${limit}`;
    const { rows } = await this.connection.pool.query<{
      type: SearchType;
      id: string;
      title: string;
      context: string;
      url: string;
    }>(sql, params);
    return { items: rows };
  }
}
