import type { PersonRef, PostView, ThreadDetail, ThreadListQuery, ThreadSummary } from '@egcc/contracts';
import { downloadUrl } from '../attachments/attachment-view';
import { createHash } from 'node:crypto';
import type { Pool, QueryConfig } from 'pg';
import { postView } from './post-view';

/**
 * The reads on the hot paths (the thread list, a page of a thread), written as single SQL
 * statements on the pg pool: each request is one round trip, served from the indexes on
 * thread(last_post_at DESC, id) and post(thread_id, number).
 */

interface ThreadRow {
  id: string;
  title: string;
  created_at: Date;
  last_post_at: Date;
  reply_count: number;
  last_post_number: number;
  pinned: boolean;
  locked: boolean;
  report_id: string | null;
  meeting_id: string | null;
  author_id: string | null;
  last_poster_id: string | null;
  last_read_post_number: number | null;
  subscription: 'FOLLOWING' | 'MUTED' | 'NONE' | null;
  focus_areas: string[] | null;
  gap_kinds: string[] | null;
  delegations: string[] | null;
}

/** Who wrote what: names come from the people cache, the database gives ids. */
export interface People {
  get(ids: Iterable<string | null>): Promise<Map<string, PersonRef>>;
}

const personOf = (people: Map<string, PersonRef>, id: string | null) =>
  id ? (people.get(id) ?? null) : null;

/** The thread's own columns: the tags are copies kept on the row by triggers. */
const THREAD_COLUMNS = `
  t.id, t.title, t.created_at, t.last_post_at, t.reply_count, t.last_post_number,
  t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked, t.report_id, t.meeting_id,
  t.author_id, t.last_poster_id,
  t.focus_area_codes AS focus_areas, t.gap_kind_codes AS gap_kinds, t.delegation_codes AS delegations`;

/** The reader's own state of a thread ($1 is the reader), looked up by primary key per row. */
const READER_COLUMNS = `
  (SELECT rs.last_read_post_number FROM thread_read_state rs WHERE rs.user_id = $1 AND rs.thread_id = t.id)
    AS last_read_post_number,
  (SELECT sub.level FROM thread_subscription sub WHERE sub.user_id = $1 AND sub.thread_id = t.id) AS subscription`;

function toSummary(row: ThreadRow, people: Map<string, PersonRef>): ThreadSummary {
  const lastRead = row.last_read_post_number ?? 0;
  return {
    id: row.id,
    title: row.title,
    author: personOf(people, row.author_id),
    focusAreas: row.focus_areas ?? [],
    gapKinds: (row.gap_kinds ?? []) as ThreadSummary['gapKinds'],
    delegations: row.delegations ?? [],
    createdAt: row.created_at.toISOString(),
    lastPostAt: row.last_post_at.toISOString(),
    lastPoster: personOf(people, row.last_poster_id),
    replyCount: row.reply_count,
    unreadCount: Math.max(0, row.last_post_number - lastRead),
    seen: row.last_read_post_number !== null,
    pinned: row.pinned,
    locked: row.locked,
    subscription: row.subscription,
  };
}

function toDetail(row: ThreadRow, people: Map<string, PersonRef>): ThreadDetail {
  const lastRead = Math.min(row.last_read_post_number ?? 0, row.last_post_number);
  return {
    ...toSummary(row, people),
    reportId: row.report_id,
    meetingId: row.meeting_id,
    lastPostNumber: row.last_post_number,
    lastReadPostNumber: lastRead,
    firstUnreadPostNumber: Math.max(1, Math.min(lastRead + 1, row.last_post_number)),
  };
}

export interface ListCursor {
  lastPostAt: string;
  id: string;
}

/** A whole number for the text of a statement; anything else is a programming error. */
function integer(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`Not a row count: ${value}`);
  return String(value);
}

export interface Sql {
  text: string;
  values: unknown[];
}

/**
 * The thread list as one statement: on the first page the pinned threads (up to 10) come
 * first, flagged, then the others by last activity; the filters apply to both.
 */
export function threadListSql(userId: string, query: ThreadListQuery, cursor: ListCursor | null): Sql {
  const values: unknown[] = [userId];
  const where: string[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (query.focusArea)
    where.push(
      `EXISTS (SELECT 1 FROM thread_focus_area f WHERE f.thread_id = t.id AND f.focus_area_code = ${param(query.focusArea)})`,
    );
  if (query.gapKind)
    where.push(
      `EXISTS (SELECT 1 FROM thread_gap_kind g WHERE g.thread_id = t.id AND g.gap_kind = ${param(query.gapKind)}::"GapKindCode")`,
    );
  if (query.delegation) {
    where.push(
      `EXISTS (SELECT 1 FROM thread_delegation td JOIN delegation d ON d.id = td.delegation_id WHERE td.thread_id = t.id AND d.code = ${param(query.delegation)})`,
    );
  }
  if (query.author) where.push(`t.author_id = ${param(query.author)}::uuid`);
  if (query.unread) {
    where.push(
      't.last_post_number > COALESCE((SELECT u.last_read_post_number FROM thread_read_state u WHERE u.user_id = $1 AND u.thread_id = t.id), 0)',
    );
  }
  if (query.mine) {
    where.push(
      `(t.author_id = $1 OR EXISTS (SELECT 1 FROM thread_subscription m WHERE m.thread_id = t.id AND m.user_id = $1 AND m.reason IN ('CREATED', 'REPLIED')))`,
    );
  }
  const filters = where.map((clause) => ` AND ${clause}`).join('');
  const cursorClause = cursor
    ? ` AND (t.last_post_at, t.id) < (${param(new Date(cursor.lastPostAt))}, ${param(cursor.id)}::uuid)`
    : '';
  // The limit is written into the text, not passed: with LIMIT $n the database's generic plan
  // guesses a tenth of the table, prices itself out, and every execution is planned afresh.
  const limit = integer(query.limit + 1);
  const rest = `SELECT ${THREAD_COLUMNS}, ${READER_COLUMNS}, false AS in_pinned FROM thread t
     WHERE t.pinned_at IS NULL${filters}${cursorClause}
     ORDER BY t.last_post_at DESC, t.id DESC LIMIT ${limit}`;
  if (cursor) return { text: rest, values };
  return {
    text: `(SELECT ${THREAD_COLUMNS}, ${READER_COLUMNS}, true AS in_pinned FROM thread t
      WHERE t.pinned_at IS NOT NULL${filters} ORDER BY t.pinned_at DESC LIMIT 10)
     UNION ALL (${rest})`,
    values,
  };
}

/**
 * A query the database prepares once per connection and then only executes: planning these
 * joins costs more than running them. The name follows from the text, so each shape of the
 * statement (the filters in use) is prepared once.
 */
const preparedNames = new Map<string, string>();
export function prepared(sql: Sql): QueryConfig {
  let name = preparedNames.get(sql.text);
  if (!name) {
    name = `egcc_${createHash('sha1').update(sql.text).digest('base64url').slice(0, 20)}`;
    if (preparedNames.size < 1_000) preparedNames.set(sql.text, name);
  }
  return { name, text: sql.text, values: sql.values };
}

export async function listThreads(
  pool: Pool,
  people: People,
  userId: string,
  query: ThreadListQuery,
  cursor: ListCursor | null,
): Promise<{ rows: ThreadSummary[]; pinned: ThreadSummary[] }> {
  const { rows } = await pool.query<ThreadRow & { in_pinned: boolean }>(
    prepared(threadListSql(userId, query, cursor)),
  );
  const names = await people.get(rows.flatMap((row) => [row.author_id, row.last_poster_id]));
  const pinned: ThreadSummary[] = [];
  const rest: ThreadSummary[] = [];
  for (const row of rows) (row.in_pinned ? pinned : rest).push(toSummary(row, names));
  return { rows: rest, pinned };
}

interface PostRow {
  author_id: string | null;
  id: string;
  number: number;
  body: string;
  body_html: string;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  reply_to_number: number | null;
  created_at: Date;
  edited_at: Date | null;
  edit_count: number;
  attachments: AttachmentRow[] | null;
}

/** A post's file, as json_build_object gives it (timestamps as strings). */
interface AttachmentRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by_id: string | null;
  created_at: string;
}

function toPostView(threadId: string, row: PostRow, people: Map<string, PersonRef>): PostView {
  return postView({
    id: row.id,
    threadId,
    number: row.number,
    author: personOf(people, row.author_id),
    body: row.body,
    bodyHtml: row.body_html,
    deletedAt: row.deleted_at,
    hiddenAt: row.hidden_at,
    hiddenReason: row.hidden_reason,
    replyToNumber: row.reply_to_number,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    editCount: row.edit_count,
    attachments: (row.attachments ?? []).map((file) => ({
      id: file.id,
      fileName: file.file_name,
      contentType: file.content_type,
      sizeBytes: file.size_bytes,
      uploadedBy: personOf(people, file.uploaded_by_id),
      createdAt: new Date(file.created_at).toISOString(),
      downloadUrl: downloadUrl(file.id),
    })),
  });
}

/** A thread's header and up to `limit` + 1 posts from `from` on, as one statement. */
export function threadPageSql(userId: string, threadId: string, from: number, limit: number): Sql {
  return {
    text: `SELECT ${THREAD_COLUMNS}, ${READER_COLUMNS},
       (SELECT json_agg(p ORDER BY p.number) FROM (
          SELECT p.id, p.number, p.body, p.body_html, p.deleted_at, p.hidden_at, p.hidden_reason,
                 r.number AS reply_to_number, p.created_at, p.edited_at, p.edit_count, p.author_id,
                 -- Files by the index on attachment(post_id); none for removed or hidden posts.
                 CASE WHEN p.deleted_at IS NULL AND p.hidden_at IS NULL THEN
                   (SELECT json_agg(json_build_object('id', a.id, 'file_name', a.file_name,
                             'content_type', a.content_type, 'size_bytes', a.size_bytes,
                             'uploaded_by_id', a.uploaded_by_id, 'created_at', a.created_at)
                             ORDER BY a.created_at, a.id)
                      FROM attachment a WHERE a.post_id = p.id AND a.deleted_at IS NULL)
                 END AS attachments
            FROM post p
            LEFT JOIN post r ON r.id = p.reply_to_post_id
           WHERE p.thread_id = t.id AND p.number >= $3
           ORDER BY p.number LIMIT ${integer(limit + 1)}) p) AS posts
       FROM thread t
      WHERE t.id = $2`,
    values: [userId, threadId, from],
  };
}

/** A thread's header and up to `limit` posts from `from` on, in one round trip. */
export async function threadWithPosts(
  pool: Pool,
  people: People,
  userId: string,
  threadId: string,
  from: number,
  limit: number,
): Promise<{ thread: ThreadDetail; posts: PostView[]; hasMore: boolean } | null> {
  const { rows } = await pool.query<ThreadRow & { posts: PostRow[] | null }>(
    prepared(threadPageSql(userId, threadId, from, limit)),
  );
  const row = rows[0];
  if (!row) return null;
  // json_agg gives timestamps as strings.
  const posts = (row.posts ?? []).map((post) => ({
    ...post,
    created_at: new Date(post.created_at),
    edited_at: post.edited_at ? new Date(post.edited_at) : null,
    deleted_at: post.deleted_at ? new Date(post.deleted_at) : null,
    hidden_at: post.hidden_at ? new Date(post.hidden_at) : null,
  }));
  const shown = posts.slice(0, limit);
  const names = await people.get([
    row.author_id,
    row.last_poster_id,
    ...shown.flatMap((post) => [
      post.author_id,
      ...(post.attachments ?? []).map((file) => file.uploaded_by_id),
    ]),
  ]);
  return {
    thread: toDetail(row, names),
    posts: shown.map((post) => toPostView(threadId, post, names)),
    hasMore: posts.length > limit,
  };
}

export async function threadDetail(
  pool: Pool,
  people: People,
  userId: string,
  threadId: string,
): Promise<ThreadDetail | null> {
  const { rows } = await pool.query<ThreadRow>(
    prepared({
      text: `SELECT ${THREAD_COLUMNS}, ${READER_COLUMNS} FROM thread t WHERE t.id = $2`,
      values: [userId, threadId],
    }),
  );
  const row = rows[0];
  if (!row) return null;
  return toDetail(row, await people.get([row.author_id, row.last_poster_id]));
}
