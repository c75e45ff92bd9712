/**
 * npm run bench:seed — fills a PostgreSQL database with the benchmark's data set: 10,000
 * threads and 500,000 posts (~360 characters each) across the delegations, written by 120
 * members, with tags, read states and follows; and, for search, national reports (published,
 * submitted and draft, with measures and gaps) for three half-years and two years of monthly
 * meetings with published agendas, approved minutes, decisions and action items.
 * BENCH_DATABASE_URL names the database (default postgresql://postgres@127.0.0.1:5432/egcc_bench,
 * created if missing). Re-running replaces the data set.
 *
 * The text is drawn from a fixed vocabulary by a seeded generator (BENCH_SEED), so every run
 * writes the same words with the same, known frequencies (see SEARCH_TERMS): a common word in
 * about 30% of posts, a rare one in about 0.1%, and a two-word phrase whose words occur
 * together in about 1% of posts and apart in another 1%.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool, escapeIdentifier } from 'pg';
import { hashPassword } from '../apps/api/src/auth/passwords';
import { applyMigrations } from '../apps/api/src/database/migrator';
import { migrationsDir } from '../apps/api/src/database/paths';
import { seedReferenceData } from '../apps/api/src/database/seed/seed';
import { PrismaClient } from '../apps/api/src/generated/prisma/client';
import { PrismaPg } from '@prisma/adapter-pg';

export const BENCH_DATABASE_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/egcc_bench';
export const BENCH_PASSWORD = 'bench-password-not-for-production';
export const BENCH_MEMBER = 'bench.delegate@egcc.example';

const THREADS = Number(process.env['BENCH_THREADS'] ?? 10_000);
const POSTS_PER_THREAD = Number(process.env['BENCH_POSTS_PER_THREAD'] ?? 50);
const MEETINGS = 24;
const MEMBERS = 120;
const BATCH = 2_000;

const WORDS = (
  'services expertise capacity children families municipality support prevention early intervention ' +
  'protection abuse exploitation trafficking migrant unaccompanied guardianship foster residential ' +
  'transition adulthood justice hearing interview barnahus training social workers police prosecutors ' +
  'health schools data strategy action plan ministry funding pilot evaluation network cooperation region ' +
  'council guidelines standards reporting monitoring outreach digital online helpline'
).split(' ');

/**
 * The words the search benchmark asks for, none of them in WORDS: `common` is in ~30% of posts
 * (and of every other kind of text), `rare` in ~0.1%; `phrase` is two words that stand together
 * in ~1% of posts and both occur, apart, in another ~1% (each also alone in ~3% more).
 */
export const SEARCH_TERMS = {
  common: 'care',
  rare: 'ombudsperson',
  phrase: ['kinship', 'placement'] as const,
  /** A prefix while typing: of the common word, and of the rare one. */
  commonPrefix: 'car',
  rarePrefix: 'ombuds',
};
const COMMON = SEARCH_TERMS.common;
const RARE = SEARCH_TERMS.rare;
const [PHRASE_1, PHRASE_2] = SEARCH_TERMS.phrase;

/** mulberry32: a small, seeded generator, so that every seeding writes the same text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seededRandom(Number(process.env['BENCH_SEED'] ?? 20261129));

function randomInt(max: number) {
  return Math.floor(random() * max);
}

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)]!;
}

/** How many texts of each kind got the search words (printed at the end). */
const tally = { posts: 0, common: 0, rare: 0, phraseTogether: 0, phraseApart: 0 };

/**
 * Text of about `length` characters from WORDS, with the search words mixed in at their
 * frequencies. `count` tallies it (the posts).
 */
function text(length: number, count = false): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = pick(WORDS);
    words.push(word);
    size += word.length + 1;
  }
  const insert = (word: string, from = 0, to = words.length) =>
    words.splice(from + randomInt(to - from + 1), 0, word);
  const common = random() < 0.3;
  if (common) insert(COMMON);
  const rare = random() < 0.001;
  if (rare) insert(RARE);
  const phrase = random();
  if (phrase < 0.01) insert(`${PHRASE_1} ${PHRASE_2}`);
  else if (phrase < 0.02) {
    // Apart: the second word first, so they never read as the phrase.
    const middle = Math.floor(words.length / 2);
    insert(PHRASE_2, 0, middle - 1);
    insert(PHRASE_1, middle + 1);
  } else if (phrase < 0.05) insert(PHRASE_1);
  else if (phrase < 0.08) insert(PHRASE_2);
  if (count) {
    tally.posts++;
    if (common) tally.common++;
    if (rare) tally.rare++;
    if (phrase < 0.01) tally.phraseTogether++;
    else if (phrase < 0.02) tally.phraseApart++;
  }
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}

/** A title: a few words, capitalised, without the final full stop. */
function title(words = 4): string {
  return text(words * 8).slice(0, -1);
}

function percent(count: number): string {
  return `${((100 * count) / Math.max(tally.posts, 1)).toFixed(2)} %`;
}

const FIRST_NAMES = [
  'Łukasz',
  'Søren',
  'Ása',
  'Jürgen',
  'Zoë',
  'Ioana',
  'Mārtiņš',
  'Đorđe',
  'Aoife',
  'Kęstutis',
  'Hélène',
  'Þórunn',
  'Ülle',
  'Nuno',
  'Ágota',
  'Ville',
  'Maja',
  'Tomáš',
  'Inês',
  'Eamon',
  'Šárka',
];
const LAST_NAMES = [
  'Wójcik',
  'Jørgensen',
  'Sigurðardóttir',
  'Müller',
  'Ionescu',
  'Bērziņš',
  'Petrović',
  'Byrne',
  'Kazlauskas',
  'Lefèvre',
  'Tamm',
  'Gonçalves',
  'Szabó',
  'Virtanen',
  'Novák',
  'Håkansson',
  'Costa',
];
const PLACES = ['Łódź', 'Reykjavík', 'København', 'Tallinn', 'Málaga', 'Brussels', 'Göteborg', 'Vilnius'];

/** INSERT … SELECT FROM unnest(…) of the rows, a thousand at a time; `columns` maps a column to its type. */
async function insertRows(
  pool: Pool,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  const sql =
    `INSERT INTO ${escapeIdentifier(table)} (${names.map((name) => escapeIdentifier(name)).join(', ')}) ` +
    `SELECT * FROM unnest(${names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ')})`;
  for (let i = 0; i < rows.length; i += 1_000) {
    const batch = rows.slice(i, i + 1_000);
    await pool.query(
      sql,
      names.map((name) => batch.map((row) => row[name] ?? null)),
    );
  }
}

/**
 * National reports for the half-years begun so far (mostly published; some submitted, some
 * drafts, which other delegations may not find), with measures and gaps; monthly meetings over
 * two years, with a published agenda, approved minutes, decisions and action items (the last
 * meeting held has draft minutes, the next ones only an agenda).
 */
async function seedReportsAndMeetings(
  pool: Pool,
  delegations: { id: string; code: string; name: string }[],
  members: { id: string }[],
  focusAreas: string[],
): Promise<void> {
  const now = new Date();
  const periods = (
    await pool.query<{ id: string; label: string; ends_on: Date }>(
      'SELECT id, label, ends_on FROM reporting_period WHERE starts_on < now() ORDER BY starts_on',
    )
  ).rows;
  const reports: Record<string, unknown>[] = [];
  const measures: Record<string, unknown>[] = [];
  const gaps: Record<string, unknown>[] = [];
  for (const period of periods) {
    const ended = period.ends_on < now;
    for (const delegation of delegations) {
      const roll = random();
      const status = ended
        ? roll < 0.8
          ? 'PUBLISHED'
          : roll < 0.9
            ? 'SUBMITTED'
            : 'DRAFT'
        : roll < 0.4
          ? 'SUBMITTED'
          : 'DRAFT';
      const at = ended ? new Date(period.ends_on.getTime() + 40 * 86_400_000) : now;
      const id = randomUUID();
      reports.push({
        id,
        delegation_id: delegation.id,
        period_id: period.id,
        title: `${delegation.name}: national report, ${period.label}`,
        status,
        summary: text(800),
        good_practices: text(500),
        next_steps: text(400),
        submitted_at: status === 'DRAFT' ? null : at,
        published_at: status === 'PUBLISHED' ? at : null,
        created_at: at,
        updated_at: at,
      });
      for (let position = 1; position <= 4; position++) {
        measures.push({
          id: randomUUID(),
          report_id: id,
          position,
          kind: pick(['LEGISLATIVE', 'POLITICAL', 'ADMINISTRATIVE']),
          status: pick(['PLANNED', 'ADOPTED', 'IN_FORCE']),
          title: title(5),
          description: text(350),
        });
      }
      for (let position = 1; position <= 3; position++) {
        gaps.push({
          id: randomUUID(),
          report_id: id,
          position,
          kind: pick(['SERVICES', 'EXPERTISE', 'CAPACITY']),
          focus_area_code: pick(focusAreas),
          description: text(300),
        });
      }
    }
  }
  await insertRows(
    pool,
    'national_report',
    {
      id: 'uuid',
      delegation_id: 'uuid',
      period_id: 'uuid',
      title: 'text',
      status: '"ReportStatus"',
      summary: 'text',
      good_practices: 'text',
      next_steps: 'text',
      submitted_at: 'timestamptz',
      published_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    reports,
  );
  await insertRows(
    pool,
    'report_measure',
    {
      id: 'uuid',
      report_id: 'uuid',
      position: 'int',
      kind: '"MeasureKindCode"',
      status: '"MeasureStatus"',
      title: 'text',
      description: 'text',
    },
    measures,
  );
  await insertRows(
    pool,
    'report_gap',
    {
      id: 'uuid',
      report_id: 'uuid',
      position: 'int',
      kind: '"GapKindCode"',
      focus_area_code: 'text',
      description: 'text',
    },
    gaps,
  );

  const meetings: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const versions: Record<string, unknown>[] = [];
  const minutes: Record<string, unknown>[] = [];
  const entries: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  const actions: Record<string, unknown>[] = [];
  const month = 30 * 86_400_000;
  for (let i = 0; i < MEETINGS; i++) {
    const startsAt = new Date(now.getTime() + (i - MEETINGS + 2) * month);
    const endsAt = new Date(startsAt.getTime() + 7 * 3_600_000);
    const past = endsAt < now;
    const lastHeld = past && new Date(endsAt.getTime() + month) > now;
    const id = randomUUID();
    const host = pick(delegations);
    const meeting = {
      id,
      title: `Meeting ${i + 1}: ${title(4)}`,
      description: text(400),
      starts_at: startsAt,
      ends_at: endsAt,
      time_zone: 'Europe/Brussels',
      place: pick(PLACES),
      host_delegation_id: host.id,
      status: !past ? 'AGENDA_PUBLISHED' : lastHeld ? 'HELD' : 'MINUTES_APPROVED',
      created_at: new Date(startsAt.getTime() - 2 * month),
      updated_at: startsAt,
    };
    meetings.push(meeting);
    const agenda = Array.from({ length: 6 }, (_, position) => {
      const presenter = pick(delegations);
      return {
        id: randomUUID(),
        meeting_id: id,
        position: position + 1,
        title: position === 0 ? 'Follow-up of action items' : title(5),
        description: text(250),
        kind: pick(['INFORMATION', 'DISCUSSION', 'DECISION']),
        duration_minutes: 45,
        presenter_delegation_id: presenter.id,
        presenter,
        is_action_item_follow_up: position === 0,
        updated_at: meeting.created_at,
      };
    });
    items.push(...agenda);
    // The agenda as published (the shape of AgendaSnapshot in @egcc/contracts).
    const snapshot = {
      meeting: {
        title: meeting.title,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: meeting.time_zone,
        place: meeting.place,
        onlineUrl: null,
      },
      items: agenda.map((item) => ({
        id: item.id,
        title: item.title,
        description: item.description,
        kind: item.kind,
        durationMinutes: item.duration_minutes,
        presenter: { kind: 'DELEGATION', id: item.presenter.id, name: item.presenter.name },
        reports: [],
        threads: [],
        isActionItemFollowUp: item.is_action_item_follow_up,
      })),
    };
    versions.push({
      id: randomUUID(),
      meeting_id: id,
      number: 1,
      snapshot: JSON.stringify(snapshot),
      published_at: new Date(startsAt.getTime() - 14 * 86_400_000),
    });
    if (!past) continue;
    const minutesId = randomUUID();
    minutes.push({
      id: minutesId,
      meeting_id: id,
      status: lastHeld ? 'DRAFT' : 'APPROVED',
      approved_at: lastHeld ? null : new Date(startsAt.getTime() + month),
      updated_at: endsAt,
    });
    for (const item of agenda.slice(1)) {
      entries.push({
        id: randomUUID(),
        minutes_id: minutesId,
        agenda_item_id: item.id,
        body: text(600),
        updated_at: endsAt,
      });
    }
    for (const item of agenda.slice(1, 3)) {
      decisions.push({
        id: randomUUID(),
        meeting_id: id,
        agenda_item_id: item.id,
        text: text(200),
        created_at: endsAt,
      });
    }
    for (const item of agenda.slice(1, 4)) {
      const roll = random();
      actions.push({
        id: randomUUID(),
        meeting_id: id,
        agenda_item_id: item.id,
        title: title(5),
        description: text(250),
        owner_delegation_id: pick(delegations).id,
        due_on: new Date(endsAt.getTime() + 2 * month).toISOString().slice(0, 10),
        status: roll < 0.5 ? 'DONE' : roll < 0.8 ? 'IN_PROGRESS' : 'OPEN',
        created_by_id: members[0]!.id,
        created_at: endsAt,
        updated_at: endsAt,
      });
    }
  }
  await insertRows(
    pool,
    'meeting',
    {
      id: 'uuid',
      title: 'text',
      description: 'text',
      starts_at: 'timestamptz',
      ends_at: 'timestamptz',
      time_zone: 'text',
      place: 'text',
      host_delegation_id: 'uuid',
      status: '"MeetingStatus"',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    meetings,
  );
  await insertRows(
    pool,
    'agenda_item',
    {
      id: 'uuid',
      meeting_id: 'uuid',
      position: 'int',
      title: 'text',
      description: 'text',
      kind: '"AgendaItemKind"',
      duration_minutes: 'int',
      presenter_delegation_id: 'uuid',
      is_action_item_follow_up: 'boolean',
      updated_at: 'timestamptz',
    },
    items,
  );
  await insertRows(
    pool,
    'agenda_version',
    { id: 'uuid', meeting_id: 'uuid', number: 'int', snapshot: 'jsonb', published_at: 'timestamptz' },
    versions,
  );
  await insertRows(
    pool,
    'minutes',
    {
      id: 'uuid',
      meeting_id: 'uuid',
      status: '"MinutesStatus"',
      approved_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    minutes,
  );
  await insertRows(
    pool,
    'minutes_entry',
    { id: 'uuid', minutes_id: 'uuid', agenda_item_id: 'uuid', body: 'text', updated_at: 'timestamptz' },
    entries,
  );
  await insertRows(
    pool,
    'decision',
    { id: 'uuid', meeting_id: 'uuid', agenda_item_id: 'uuid', text: 'text', created_at: 'timestamptz' },
    decisions,
  );
  await insertRows(
    pool,
    'action_item',
    {
      id: 'uuid',
      meeting_id: 'uuid',
      agenda_item_id: 'uuid',
      title: 'text',
      description: 'text',
      owner_delegation_id: 'uuid',
      due_on: 'date',
      status: '"ActionItemStatus"',
      created_by_id: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    actions,
  );
  process.stdout.write(
    `  ${reports.length} reports (${measures.length} measures, ${gaps.length} gaps), ${meetings.length} meetings ` +
      `(${items.length} agenda items, ${entries.length} minutes entries, ${decisions.length} decisions, ${actions.length} action items)\n`,
  );
}

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await client.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  await client.end();
}

export async function seedBench(url = BENCH_DATABASE_URL): Promise<void> {
  const started = Date.now();
  await ensureDatabase(url);
  const pool = new Pool({ connectionString: url, max: 4 });
  await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await applyMigrations(pool, migrationsDir());
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await seedReferenceData(prisma);

  const delegations = (
    await pool.query<{ id: string; code: string; name: string }>(
      "SELECT id, code, name FROM delegation WHERE membership_status = 'ACTIVE' AND kind = 'MEMBER_STATE' ORDER BY code",
    )
  ).rows;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    id: randomUUID(),
    email: i === 0 ? BENCH_MEMBER : `member${i}@bench.example`,
    handle: i === 0 ? 'bench.delegate' : `member${i}`,
    name:
      i === 0
        ? 'Bench Delegate'
        : `${FIRST_NAMES[i % FIRST_NAMES.length]!} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]!}`,
    delegation: delegations[i % delegations.length]!.id,
  }));
  await pool.query(
    `INSERT INTO "user" (id, email, handle, name, roles, status, delegation_id, password_hash, updated_at)
     SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]), '{DELEGATE}', 'ACTIVE', unnest($5::uuid[]), $6, now()`,
    [
      members.map((m) => m.id),
      members.map((m) => m.email),
      members.map((m) => m.handle),
      members.map((m) => m.name),
      members.map((m) => m.delegation),
      passwordHash,
    ],
  );

  const focusAreas = (
    await pool.query<{ code: string }>('SELECT code FROM focus_area ORDER BY code')
  ).rows.map((r) => r.code);
  const gapKinds = ['SERVICES', 'EXPERTISE', 'CAPACITY'];
  const now = Date.now();
  const threads = Array.from({ length: THREADS }, (_, i) => {
    const createdAt = new Date(now - (THREADS - i) * 3_600_000 * 2);
    return {
      id: randomUUID(),
      title: `${title(3 + randomInt(4))} (thread ${i + 1})`,
      author: members[randomInt(MEMBERS)]!.id,
      createdAt,
    };
  });
  for (let i = 0; i < threads.length; i += BATCH) {
    const batch = threads.slice(i, i + BATCH);
    await pool.query(
      `INSERT INTO thread (id, title, author_id, created_at, updated_at, last_post_at)
       SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::uuid[]), unnest($4::timestamptz[]), now(), unnest($4::timestamptz[])`,
      [
        batch.map((t) => t.id),
        batch.map((t) => t.title),
        batch.map((t) => t.author),
        batch.map((t) => t.createdAt),
      ],
    );
    await pool.query(
      `INSERT INTO thread_focus_area (thread_id, focus_area_code) SELECT unnest($1::uuid[]), unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [batch.map((t) => t.id), batch.map(() => focusAreas[randomInt(focusAreas.length)]!)],
    );
    await pool.query(
      `INSERT INTO thread_gap_kind (thread_id, gap_kind) SELECT unnest($1::uuid[]), unnest($2::"GapKindCode"[]) ON CONFLICT DO NOTHING`,
      [batch.map((t) => t.id), batch.map(() => gapKinds[randomInt(gapKinds.length)]!)],
    );
  }

  let written = 0;
  const rows: { thread: string; number: number; author: string; body: string; at: Date }[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    await pool.query(
      `INSERT INTO post (id, thread_id, number, author_id, body, body_html, created_at)
       SELECT gen_random_uuid(), r.thread, r.number, r.author, r.body, '<p>' || r.body || '</p>', r.at
         FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::timestamptz[]) AS r(thread, number, author, body, at)`,
      [
        rows.map((r) => r.thread),
        rows.map((r) => r.number),
        rows.map((r) => r.author),
        rows.map((r) => r.body),
        rows.map((r) => r.at),
      ],
    );
    written += rows.length;
    rows.length = 0;
    if (written % 100_000 === 0) process.stdout.write(`  ${written} posts\n`);
  };
  for (const thread of threads) {
    for (let number = 1; number <= POSTS_PER_THREAD; number++) {
      rows.push({
        thread: thread.id,
        number,
        author: number === 1 ? thread.author : members[randomInt(MEMBERS)]!.id,
        body: text(350, true),
        at: new Date(thread.createdAt.getTime() + number * 60_000),
      });
      if (rows.length >= BATCH) await flush();
    }
  }
  await flush();
  const postsDone = Date.now();
  await seedReportsAndMeetings(pool, delegations, members, focusAreas);
  const restDone = Date.now();
  await pool.query(
    `UPDATE thread t SET last_post_number = p.n, reply_count = p.n - 1, last_post_at = p.at, last_poster_id = p.author
       FROM (SELECT DISTINCT ON (thread_id) thread_id, number AS n, created_at AS at, author_id AS author FROM post ORDER BY thread_id, number DESC) p
      WHERE p.thread_id = t.id`,
  );
  // The bench member has read some threads and follows a few.
  await pool.query(
    `INSERT INTO thread_read_state (user_id, thread_id, last_read_post_number, updated_at)
     SELECT $1, id, (last_post_number * random())::int, now() FROM thread WHERE random() < 0.3`,
    [members[0]!.id],
  );
  await pool.query(
    `INSERT INTO thread_subscription (user_id, thread_id, level, reason, updated_at)
     SELECT $1, id, 'FOLLOWING', 'MANUAL', now() FROM thread WHERE random() < 0.05`,
    [members[0]!.id],
  );
  await pool.query('VACUUM ANALYZE');
  const counts = (
    await pool.query<{ threads: number; posts: number }>(
      'SELECT (SELECT count(*)::int FROM thread) threads, (SELECT count(*)::int FROM post) posts',
    )
  ).rows[0];
  const seconds = (ms: number) => Math.round(ms / 1000);
  process.stdout.write(
    `Seeded ${counts?.threads} threads and ${counts?.posts} posts in ${seconds(Date.now() - started)} s ` +
      `(threads and posts ${seconds(postsDone - started)} s, reports and meetings ${seconds(restDone - postsDone)} s; ${url}).\n` +
      `Search words in posts: "${COMMON}" in ${tally.common} (${percent(tally.common)}), "${RARE}" in ${tally.rare} ` +
      `(${percent(tally.rare)}), "${PHRASE_1} ${PHRASE_2}" together in ${tally.phraseTogether} (${percent(tally.phraseTogether)}) ` +
      `and apart in ${tally.phraseApart} (${percent(tally.phraseApart)}).\n`,
  );
  await pool.end();
}

if (require.main === module) {
  seedBench().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
