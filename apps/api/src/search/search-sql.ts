import type { SearchQuery, SearchType } from '@egcc/contracts';

/**
 * The SQL of each kind of thing a search finds, over the generated `search_vector` columns
 * (see the full_text_search migration). Every source selects the same columns, so the
 * sources are one UNION ALL; each carries its own visibility rule, so what the reader may not
 * see is never a candidate, never counted, never shown.
 *
 * Columns: type, id, score, at (the date shown and ranked by), title, section, url,
 * delegation_id, author_id, meeting_id, body (the text the snippet is cut from).
 */

/** Positional parameters, numbered as they are added. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /**
   * The statement with only the parameters it uses, renumbered from $1 (PostgreSQL refuses a
   * parameter a statement does not use: its type cannot be determined).
   */
  statement(sql: string): { text: string; values: unknown[] } {
    const renumbered = new Map<number, number>();
    const values: unknown[] = [];
    const text = sql.replace(/\$(\d+)\b/g, (_, n: string) => {
      const index = Number(n);
      let next = renumbered.get(index);
      if (next === undefined) {
        values.push(this.values[index - 1]);
        next = values.length;
        renumbered.set(index, next);
      }
      return `$${next}`;
    });
    return { text, values };
  }
}

export interface SourceContext {
  /** The tsquery expression, e.g. `q.q` from the query's CTE. */
  tsquery: string;
  params: Params;
  /** SQL that is true for reports the reader may read, over `r`. */
  reportVisible: string;
  filters: Omit<SearchQuery, 'q' | 'types' | 'cursor' | 'limit'> & { authorId?: string | null };
  /** At most this many of each kind's matches, the most recent first, are ranked. */
  candidates: number;
}

/** Which filters apply to which kind: a filter that does not apply leaves the kind out. */
const APPLIES: Record<keyof Omit<SourceContext['filters'], 'authorId'>, SearchType[]> = {
  delegation: [
    'REPORT',
    'THREAD',
    'POST',
    'MEETING',
    'AGENDA',
    'MINUTES',
    'DECISION',
    'ACTION_ITEM',
    'MEMBER',
  ],
  focusArea: ['REPORT', 'THREAD'],
  gapKind: ['REPORT', 'THREAD'],
  period: ['REPORT', 'THREAD', 'POST', 'MEETING', 'AGENDA', 'MINUTES', 'DECISION', 'ACTION_ITEM'],
  from: ['REPORT', 'THREAD', 'POST', 'MEETING', 'AGENDA', 'MINUTES', 'DECISION', 'ACTION_ITEM'],
  to: ['REPORT', 'THREAD', 'POST', 'MEETING', 'AGENDA', 'MINUTES', 'DECISION', 'ACTION_ITEM'],
  author: ['THREAD', 'POST'],
};

export function applicable(type: SearchType, filters: SourceContext['filters']): boolean {
  return (Object.keys(APPLIES) as (keyof typeof APPLIES)[]).every(
    (filter) => filters[filter] === undefined || APPLIES[filter].includes(type),
  );
}

/** Recent things rank slightly higher: up to 30 % for today, fading over a few months. */
const recency = (at: string, asOf: string) =>
  `(1 + 0.3 / (1 + GREATEST(0, EXTRACT(EPOCH FROM (${asOf} - ${at})) / 86400.0) / 90.0))`;

/** Markdown punctuation and link targets out of a text, for snippets that read as prose. */
export const plainText = (column: string) =>
  `regexp_replace(regexp_replace(${column}, '\\]\\([^)]*\\)', ']', 'g'), '[*_\`#>|~\\[\\]]+', '', 'g')`;

/** Date filters (from, to, period) on the column that dates the kind. */
function dateFilters(ctx: SourceContext, at: string): string[] {
  const where: string[] = [];
  const { from, to, period } = ctx.filters;
  if (from) where.push(`${at} >= (${ctx.params.add(from)}::date)::timestamptz`);
  if (to) where.push(`${at} < ((${ctx.params.add(to)}::date) + 1)::timestamptz`);
  if (period) {
    const code = ctx.params.add(period.toUpperCase());
    where.push(
      `${at} >= (SELECT starts_on FROM reporting_period WHERE code = ${code})::timestamptz` +
        ` AND ${at} < ((SELECT ends_on FROM reporting_period WHERE code = ${code}) + 1)::timestamptz`,
    );
  }
  return where;
}

function delegationFilter(ctx: SourceContext, column: string): string[] {
  return ctx.filters.delegation
    ? [`${column} = (SELECT id FROM delegation WHERE code = ${ctx.params.add(ctx.filters.delegation)})`]
    : [];
}

export interface SourceSpec {
  type: SearchType;
  from: string;
  vector: string;
  /** The column that dates a hit: shown, ranked by recency, and filtered by dates. */
  at: string;
  where: string[];
  columns: {
    id: string;
    title: string;
    section: string;
    url: string;
    delegation: string;
    author: string;
    meeting: string;
    body: string;
  };
}

const one = (spec: SourceSpec): SourceSpec[] => [spec];

function whereOf(ctx: SourceContext, spec: SourceSpec): string {
  return [`${spec.vector} @@ ${ctx.tsquery}`, ...spec.where].join('\n        AND ');
}

/**
 * One kind's candidates: its matches that pass the filters and the visibility rule, the most
 * recent `candidates` of them, each with its score (text rank, A titles over B texts over C,
 * times recency as of `asOf`).
 */
export function hitsSql(ctx: SourceContext, spec: SourceSpec, asOf: string): string {
  const c = spec.columns;
  return `(SELECT '${spec.type}'::text AS type, ${c.id} AS id,
          ts_rank_cd(${spec.vector}, ${ctx.tsquery}) * ${recency(spec.at, asOf)} AS score,
          ${spec.at} AS at, ${c.title} AS title, ${c.section} AS section, ${c.url} AS url,
          ${c.delegation} AS delegation_id, ${c.author} AS author_id, ${c.meeting} AS meeting_id,
          ${c.body} AS body
     FROM ${spec.from}
    WHERE ${whereOf(ctx, spec)}
    ORDER BY ${spec.at} DESC
    LIMIT ${ctx.candidates})`;
}

/** Up to `cap` of the kind's matches, to count them. */
export function countSql(ctx: SourceContext, spec: SourceSpec, cap: number): string {
  return `(SELECT 1 FROM ${spec.from} WHERE ${whereOf(ctx, spec)} LIMIT ${cap})`;
}

/** How to find one kind (a report's sections, measures and gaps are three), or none when a filter leaves it out. */
export function sourceSpecs(type: SearchType, ctx: SourceContext): SourceSpec[] {
  if (!applicable(type, ctx.filters)) return [];
  const f = ctx.filters;
  switch (type) {
    case 'REPORT': {
      // A report's own sections (summary, good practices, next steps), its measures and its
      // gaps are separate hits: the section says where the words are.
      const at = `COALESCE(r.published_at, r.updated_at)`;
      const common = [ctx.reportVisible, ...delegationFilter(ctx, 'r.delegation_id')];
      if (f.period)
        common.push(
          `r.period_id = (SELECT id FROM reporting_period WHERE code = ${ctx.params.add(f.period.toUpperCase())})`,
        );
      if (f.from) common.push(`${at} >= (${ctx.params.add(f.from)}::date)::timestamptz`);
      if (f.to) common.push(`${at} < ((${ctx.params.add(f.to)}::date) + 1)::timestamptz`);
      const reportFocus = f.focusArea ? ctx.params.add(f.focusArea) : null;
      const reportGap = f.gapKind ? ctx.params.add(f.gapKind) : null;
      const url = `'/reports/' || r.id`;
      const columns = {
        delegation: 'r.delegation_id',
        author: 'NULL::uuid',
        meeting: 'r.meeting_id',
      };
      const reportWhere = [...common];
      if (reportFocus)
        reportWhere.push(`(EXISTS (SELECT 1 FROM report_measure m JOIN measure_focus_area mf ON mf.measure_id = m.id
                               WHERE m.report_id = r.id AND mf.focus_area_code = ${reportFocus})
                           OR EXISTS (SELECT 1 FROM report_gap g WHERE g.report_id = r.id AND g.focus_area_code = ${reportFocus}))`);
      if (reportGap)
        reportWhere.push(
          `EXISTS (SELECT 1 FROM report_gap g WHERE g.report_id = r.id AND g.kind::text = ${reportGap})`,
        );
      const sections = one({
        type,
        from: 'national_report r',
        vector: 'r.search_vector',
        at,
        where: reportWhere,
        columns: {
          ...columns,
          id: 'r.id',
          title: 'r.title',
          section: `CASE WHEN to_tsvector('egcc_search', r.summary) @@ ${ctx.tsquery} THEN 'Summary'
                         WHEN to_tsvector('egcc_search', r.good_practices) @@ ${ctx.tsquery} THEN 'Good practices'
                         WHEN to_tsvector('egcc_search', r.next_steps) @@ ${ctx.tsquery} THEN 'Next steps'
                         ELSE NULL END`,
          url,
          body: `CASE WHEN to_tsvector('egcc_search', r.summary) @@ ${ctx.tsquery} THEN r.summary
                      WHEN to_tsvector('egcc_search', r.good_practices) @@ ${ctx.tsquery} THEN r.good_practices
                      WHEN to_tsvector('egcc_search', r.next_steps) @@ ${ctx.tsquery} THEN r.next_steps
                      ELSE '' END`,
        },
      });
      const measureWhere = [...common];
      if (reportFocus)
        measureWhere.push(
          `EXISTS (SELECT 1 FROM measure_focus_area mf WHERE mf.measure_id = m.id AND mf.focus_area_code = ${reportFocus})`,
        );
      if (reportGap) measureWhere.push('FALSE');
      const measures = one({
        type,
        from: 'report_measure m JOIN national_report r ON r.id = m.report_id',
        vector: 'm.search_vector',
        at,
        where: measureWhere,
        columns: {
          ...columns,
          id: 'r.id',
          title: 'r.title',
          section: `'Measure: ' || m.title`,
          url: `${url} || '#measures'`,
          body: 'm.description',
        },
      });
      const gapWhere = [...common];
      if (reportFocus) gapWhere.push(`g.focus_area_code = ${reportFocus}`);
      if (reportGap) gapWhere.push(`g.kind::text = ${reportGap}`);
      const gaps = one({
        type,
        from: 'report_gap g JOIN national_report r ON r.id = g.report_id JOIN gap_kind gk ON gk.code = g.kind',
        vector: 'g.search_vector',
        at,
        where: gapWhere,
        columns: {
          ...columns,
          id: 'r.id',
          title: 'r.title',
          section: `'Gap: ' || gk.name`,
          url: `${url} || '#gaps'`,
          body: 'g.description',
        },
      });
      return [...sections, ...measures, ...gaps];
    }
    case 'THREAD': {
      const where = [...dateFilters(ctx, 't.created_at')];
      if (f.delegation) {
        const code = ctx.params.add(f.delegation);
        where.push(
          `(t.delegation_codes @> ARRAY[${code}]::text[] OR t.author_id IN (SELECT u.id FROM "user" u JOIN delegation d ON d.id = u.delegation_id WHERE d.code = ${code}))`,
        );
      }
      if (f.focusArea) where.push(`t.focus_area_codes @> ARRAY[${ctx.params.add(f.focusArea)}]::text[]`);
      if (f.gapKind) where.push(`t.gap_kind_codes @> ARRAY[${ctx.params.add(f.gapKind)}]::text[]`);
      if (f.author) where.push(`t.author_id = ${ctx.params.add(f.authorId ?? null)}::uuid`);
      return one({
        type,
        from: 'thread t',
        vector: 't.search_vector',
        at: 't.created_at',
        where,
        columns: {
          id: 't.id',
          title: 't.title',
          section: 'NULL::text',
          url: `'/discussions/' || t.id`,
          delegation: 'NULL::uuid',
          author: 't.author_id',
          meeting: 't.meeting_id',
          body: `''`,
        },
      });
    }
    case 'POST': {
      // Hidden and removed posts are never found, by anyone.
      const where = ['p.hidden_at IS NULL', 'p.deleted_at IS NULL', ...dateFilters(ctx, 'p.created_at')];
      if (f.delegation) {
        where.push(
          `p.author_id IN (SELECT u.id FROM "user" u JOIN delegation d ON d.id = u.delegation_id WHERE d.code = ${ctx.params.add(f.delegation)})`,
        );
      }
      if (f.author) where.push(`p.author_id = ${ctx.params.add(f.authorId ?? null)}::uuid`);
      return one({
        type,
        from: 'post p JOIN thread t ON t.id = p.thread_id',
        vector: 'p.search_vector',
        at: 'p.created_at',
        where,
        columns: {
          id: 'p.id',
          title: 't.title',
          section: `'Post ' || p.number`,
          url: `'/discussions/' || t.id || '?post=' || p.number`,
          delegation: 'NULL::uuid',
          author: 'p.author_id',
          meeting: 'NULL::uuid',
          body: 'p.body',
        },
      });
    }
    case 'MEETING':
      return one({
        type,
        from: 'meeting mt',
        vector: 'mt.search_vector',
        at: 'mt.starts_at',
        where: [...dateFilters(ctx, 'mt.starts_at'), ...delegationFilter(ctx, 'mt.host_delegation_id')],
        columns: {
          id: 'mt.id',
          title: 'mt.title',
          section: `CASE WHEN mt.cancelled_at IS NOT NULL THEN 'Cancelled' ELSE NULL END`,
          url: `'/meetings/' || mt.id`,
          delegation: 'mt.host_delegation_id',
          author: 'NULL::uuid',
          meeting: 'mt.id',
          body: `mt.description || E'\\n' || COALESCE(mt.place, '')`,
        },
      });
    case 'AGENDA':
      // The agenda as last published: the draft and earlier versions are not searched.
      return one({
        type,
        from: 'agenda_version av JOIN meeting mt ON mt.id = av.meeting_id',
        vector: 'av.search_vector',
        at: 'av.published_at',
        where: [
          'NOT EXISTS (SELECT 1 FROM agenda_version later WHERE later.meeting_id = av.meeting_id AND later.number > av.number)',
          ...dateFilters(ctx, 'mt.starts_at'),
          ...delegationFilter(ctx, 'mt.host_delegation_id'),
        ],
        columns: {
          id: 'av.id',
          title: `'Agenda: ' || mt.title`,
          section: `(SELECT item ->> 'title' FROM jsonb_array_elements(av.snapshot -> 'items') AS item
                      WHERE to_tsvector('egcc_search', (item ->> 'title') || E'\\n' || (item ->> 'description')) @@ ${ctx.tsquery}
                      LIMIT 1)`,
          url: `'/meetings/' || mt.id || '#agenda'`,
          delegation: 'mt.host_delegation_id',
          author: 'NULL::uuid',
          meeting: 'mt.id',
          body: `egcc_agenda_text(av.snapshot, 'title') || E'\\n' || egcc_agenda_text(av.snapshot, 'description')`,
        },
      });
    case 'MINUTES':
      // Approved minutes only: drafts stay with the chair, circulated ones may still change.
      return one({
        type,
        from: `minutes_entry me JOIN minutes mn ON mn.id = me.minutes_id AND mn.status = 'APPROVED'
               JOIN meeting mt ON mt.id = mn.meeting_id LEFT JOIN agenda_item ai ON ai.id = me.agenda_item_id`,
        vector: 'me.search_vector',
        at: 'mt.starts_at',
        where: [...dateFilters(ctx, 'mt.starts_at'), ...delegationFilter(ctx, 'mt.host_delegation_id')],
        columns: {
          id: 'me.id',
          title: `'Minutes: ' || mt.title`,
          section: `COALESCE(ai.title, 'General part')`,
          url: `'/meetings/' || mt.id || '#minutes'`,
          delegation: 'mt.host_delegation_id',
          author: 'NULL::uuid',
          meeting: 'mt.id',
          body: 'me.body',
        },
      });
    case 'DECISION':
      return one({
        type,
        from: 'decision dc JOIN meeting mt ON mt.id = dc.meeting_id LEFT JOIN agenda_item ai ON ai.id = dc.agenda_item_id',
        vector: 'dc.search_vector',
        at: 'dc.created_at',
        where: [...dateFilters(ctx, 'dc.created_at'), ...delegationFilter(ctx, 'mt.host_delegation_id')],
        columns: {
          id: 'dc.id',
          title: `'Decision: ' || mt.title`,
          section: 'ai.title',
          url: `'/meetings/' || mt.id || '#decisions'`,
          delegation: 'mt.host_delegation_id',
          author: 'NULL::uuid',
          meeting: 'mt.id',
          body: 'dc.text',
        },
      });
    case 'ACTION_ITEM': {
      const where = [...dateFilters(ctx, 'ac.created_at')];
      if (f.delegation) {
        const code = ctx.params.add(f.delegation);
        where.push(
          `(ac.owner_delegation_id = (SELECT id FROM delegation WHERE code = ${code})
            OR ac.owner_user_id IN (SELECT u.id FROM "user" u JOIN delegation d ON d.id = u.delegation_id WHERE d.code = ${code}))`,
        );
      }
      return one({
        type,
        from: 'action_item ac JOIN meeting mt ON mt.id = ac.meeting_id',
        vector: 'ac.search_vector',
        at: 'ac.created_at',
        where,
        columns: {
          id: 'ac.id',
          title: 'ac.title',
          section: `initcap(replace(ac.status::text, '_', ' '))`,
          url: `'/action-items/' || ac.id`,
          delegation:
            'COALESCE(ac.owner_delegation_id, (SELECT u.delegation_id FROM "user" u WHERE u.id = ac.owner_user_id))',
          author: 'NULL::uuid',
          meeting: 'mt.id',
          body: 'ac.description',
        },
      });
    }
    case 'MEMBER':
      // Active members, as the directory lists them.
      return one({
        type,
        from: `"user" u LEFT JOIN delegation d ON d.id = u.delegation_id`,
        vector: 'u.search_vector',
        at: 'u.created_at',
        where: [
          `u.status = 'ACTIVE'`,
          `(u.delegation_id IS NULL OR d.membership_status = 'ACTIVE')`,
          ...delegationFilter(ctx, 'u.delegation_id'),
        ],
        columns: {
          id: 'u.id',
          title: 'u.name',
          section: 'u.title',
          url: `CASE WHEN d.code IS NULL THEN '/directory' ELSE '/directory/' || d.code END`,
          delegation: 'u.delegation_id',
          author: 'NULL::uuid',
          meeting: 'NULL::uuid',
          body: `''`,
        },
      });
  }
}
