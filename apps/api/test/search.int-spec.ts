import {
  ProblemDetails,
  SearchResults,
  SearchSuggestions,
  type SearchHit,
  type SearchType,
} from '@egcc/contracts';
import { agendaSnapshot } from '../src/meetings/agenda-versions';
import type { Browser } from './support/http-client';
import { createMember } from './support/members';
import { fileReport, periodId, reportCast, step, type ReportCast } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('search across the portal', () => {
  let t: TestApp;
  let cast: ReportCast;
  /** Records the tests look for, made once: the tests only read. */
  const made: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await t.resetData();
    cast = await reportCast(t);
    const h1 = await periodId(t.prisma, '2026-H1');

    // Denmark's published report: a summary, a measure on alternative care, a gap in expertise.
    const danish = await fileReport(cast.dk, {
      periodId: h1,
      summary: 'Denmark expanded kinship care and trained guardians in Łódź-style cooperation.',
      measures: [
        {
          kind: 'ADMINISTRATIVE',
          status: 'ADOPTED',
          title: 'Foster families recruitment drive',
          description: 'Municipalities recruit foster families for teenagers.',
          focusAreas: ['ALTERNATIVE_CARE'],
          uncrcArticles: [20],
        },
      ],
      gaps: [
        {
          kind: 'EXPERTISE',
          focusArea: 'ALTERNATIVE_CARE',
          description: 'Too few child psychologists outside Copenhagen.',
        },
      ],
      goodPractices: 'Child panels review every new guideline.',
      nextSteps: 'Evaluate the recruitment drive in spring.',
    });
    await step(cast.dk, danish.id, 'submit');
    await step(cast.admin, danish.id, 'publish');
    made.danishReport = danish.id;
    // Estonia's draft: only Estonia and the secretariat may find it.
    const draft = await fileReport(cast.ee, {
      periodId: h1,
      summary: 'Estonian draft on zebrafinch outreach programmes for psychologists.',
    });
    made.estonianDraft = draft.id;

    // A discussion: a visible post, a hidden one and a removed one, each with a word of its own.
    const author = await t.prisma.user.findUniqueOrThrow({ where: { id: cast.ids.dk } });
    const thread = await t.prisma.thread.create({
      data: {
        title: 'Barnahus travel times for child victims',
        authorId: author.id,
        lastPostNumber: 3,
        focusAreaCodes: ['SEXUAL_ABUSE'],
        gapKindCodes: ['CAPACITY'],
        delegationCodes: ['is'],
        posts: {
          create: [
            {
              number: 1,
              authorId: author.id,
              body: 'Children in rural Ísland travel four hours to the Barnahus. Kinship care helps.',
              bodyHtml: '<p>…</p>',
            },
            {
              number: 2,
              authorId: cast.ids.ee,
              body: 'A quokka appeared in this post and was hidden, as were psychologists.',
              bodyHtml: '<p>…</p>',
              hiddenAt: new Date(),
              hiddenReason: 'test',
            },
            {
              number: 3,
              authorId: cast.ids.ee,
              body: 'A wombat was mentioned here before the post was removed; psychologists too.',
              bodyHtml: '<p>…</p>',
              deletedAt: new Date(),
            },
          ],
        },
      },
    });
    made.thread = thread.id;

    // A meeting with a published agenda, approved minutes, a decision and an action item,
    // and a later one whose circulated minutes are not searchable yet.
    const lv = await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'lv' } });
    const meeting = await t.prisma.meeting.create({
      data: {
        title: 'Riga plenary on trafficking',
        description: 'Hosted by Latvia at the Ministry of Welfare.',
        startsAt: new Date(Date.now() - 30 * DAY),
        endsAt: new Date(Date.now() - 30 * DAY + 6 * 3_600_000),
        timeZone: 'Europe/Riga',
        place: 'Riga',
        hostDelegationId: lv.id,
        status: 'MINUTES_APPROVED',
        agendaItems: {
          create: [
            {
              position: 1,
              title: 'Identifying child victims of trafficking',
              kind: 'DISCUSSION',
              durationMinutes: 60,
            },
          ],
        },
      },
      include: { agendaItems: true },
    });
    made.meeting = meeting.id;
    const [item] = meeting.agendaItems;
    const version = await t.prisma.agendaVersion.create({
      data: {
        meetingId: meeting.id,
        number: 1,
        snapshot: agendaSnapshot({
          meeting,
          items: meeting.agendaItems.map((i) => ({
            ...i,
            description: 'Frontline training on identifying victims.',
            presenterUser: null,
            presenterDelegation: null,
            reportLinks: [],
            threadLinks: [],
          })),
        }),
      },
    });
    made.agenda = version.id;
    const minutes = await t.prisma.minutes.create({
      data: {
        meetingId: meeting.id,
        status: 'APPROVED',
        version: 3,
        approvedAt: new Date(),
        entries: {
          create: [{ agendaItemId: item!.id, body: 'The Group discussed indicators for alternative care.' }],
        },
      },
      include: { entries: true },
    });
    made.minutesEntry = minutes.entries[0]!.id;
    const later = await t.prisma.meeting.create({
      data: {
        title: 'Online meeting in winter',
        startsAt: new Date(Date.now() - 2 * DAY),
        endsAt: new Date(Date.now() - 2 * DAY + 3_600_000),
        timeZone: 'Europe/Helsinki',
        onlineUrl: 'https://meet.example.org/x',
        minutes: {
          create: {
            status: 'CIRCULATED',
            version: 2,
            entries: { create: [{ body: 'A narwhal was discussed.' }] },
          },
        },
      },
    });
    made.laterMeeting = later.id;
    const decision = await t.prisma.decision.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: item!.id,
        text: 'The Group agreed to hold a trafficking workshop.',
      },
    });
    made.decision = decision.id;
    const action = await t.prisma.actionItem.create({
      data: {
        meetingId: meeting.id,
        title: 'Nominate experts for the trafficking workshop',
        description: 'Each delegation names two experts.',
        ownerDelegationId: lv.id,
        dueOn: new Date('2031-01-15'),
      },
    });
    made.actionItem = action.id;

    // Members with diacritics in their names.
    made.gudrun = (await createMember(t.prisma, { name: 'Guðrún Jónsdóttir', delegation: 'is' })).id;
    made.lukasz = (await createMember(t.prisma, { name: 'Łukasz Wójcik', delegation: 'pl' })).id;
  }, 120_000);
  afterAll(() => t.close());

  const search = async (client: Browser, query: string) => {
    const response = await client.get(`/api/v1/search?${query}`);
    expect(response.statusCode).toBe(200);
    return SearchResults.parse(response.json());
  };
  const q = (words: string, extra = '') => `q=${encodeURIComponent(words)}${extra}`;
  const found = (results: SearchResults) => results.items.map((hit) => [hit.type, hit.id] as const);
  const has = (results: SearchResults, type: SearchType, id: string | undefined) =>
    results.items.some((hit) => hit.type === type && hit.id === id);
  const countOf = (results: SearchResults, type: SearchType) =>
    results.counts.find((c) => c.type === type)?.count ?? 0;
  const matched = (hit: SearchHit | undefined) =>
    (hit?.snippet ?? []).filter((part) => part.match).map((part) => part.text.toLowerCase());

  it('finds each kind: report sections, threads, posts, meetings, agendas, minutes, decisions, action items, members', async () => {
    const reader = cast.observer;
    const summary = await search(reader, q('kinship'));
    const report = summary.items.find((hit) => hit.type === 'REPORT');
    expect(report).toMatchObject({
      id: made.danishReport,
      section: 'Summary',
      url: `/reports/${made.danishReport}`,
      delegation: { code: 'dk', name: 'Denmark' },
    });
    expect(matched(report)).toEqual(['kinship']);
    // The post in the thread says "kinship" too.
    expect(summary.items.find((hit) => hit.type === 'POST')).toMatchObject({
      title: 'Barnahus travel times for child victims',
      section: 'Post 1',
      url: `/discussions/${made.thread}?post=1`,
      author: { id: cast.ids.dk },
    });

    const measure = (await search(reader, q('recruitment drive'))).items.find((h) =>
      h.section?.startsWith('Measure'),
    );
    expect(measure).toMatchObject({
      id: made.danishReport,
      section: 'Measure: Foster families recruitment drive',
    });
    const gap = (await search(reader, q('psychologists'))).items.filter((h) => h.type === 'REPORT');
    expect(gap.map((h) => h.section)).toEqual(['Gap: Expertise']);
    expect((await search(reader, q('guideline'))).items[0]).toMatchObject({ section: 'Good practices' });

    const thread = await search(reader, q('barnahus travel'));
    expect(thread.items[0]).toMatchObject({
      type: 'THREAD',
      id: made.thread,
      url: `/discussions/${made.thread}`,
    });

    const meeting = await search(reader, q('Ministry of Welfare'));
    expect(has(meeting, 'MEETING', made.meeting)).toBe(true);
    expect(meeting.items.find((h) => h.type === 'MEETING')?.delegation).toMatchObject({ code: 'lv' });

    const agenda = await search(reader, q('frontline training'));
    expect(agenda.items.find((h) => h.type === 'AGENDA')).toMatchObject({
      id: made.agenda,
      title: 'Agenda: Riga plenary on trafficking',
      section: 'Identifying child victims of trafficking',
      meeting: { id: made.meeting },
    });

    const minutes = await search(reader, q('indicators'));
    expect(minutes.items.find((h) => h.type === 'MINUTES')).toMatchObject({
      id: made.minutesEntry,
      section: 'Identifying child victims of trafficking',
      url: `/meetings/${made.meeting}#minutes`,
    });

    const workshop = await search(reader, q('workshop'));
    expect(has(workshop, 'DECISION', made.decision)).toBe(true);
    expect(has(workshop, 'ACTION_ITEM', made.actionItem)).toBe(true);
    // A title match (the action item's) ranks above a text match (the decision's).
    const order = workshop.items.map((h) => h.type);
    expect(order.indexOf('ACTION_ITEM')).toBeLessThan(order.indexOf('DECISION'));

    const member = await search(reader, q('Jónsdóttir'));
    expect(member.items[0]).toMatchObject({ type: 'MEMBER', id: made.gudrun, url: '/directory/is' });
  });

  it('understands "phrases", -exclusions, OR, and prefixes in suggestions', async () => {
    const reader = cast.dk2;
    // The phrase: "foster families" is in the measure, not "families foster".
    expect(has(await search(reader, q('"foster families"')), 'REPORT', made.danishReport)).toBe(true);
    expect((await search(reader, q('"families foster"'))).items).toEqual([]);
    // Exclusion: kinship is in the report, its discussion and the Barnahus post; -barnahus
    // leaves that post out.
    const kinship = await search(reader, q('kinship'));
    expect(kinship.items.some((h) => h.url.startsWith(`/discussions/${made.thread}`))).toBe(true);
    const excluded = await search(reader, q('kinship -barnahus'));
    expect(excluded.items.length).toBe(kinship.items.length - 1);
    expect(excluded.items.some((h) => h.url.startsWith(`/discussions/${made.thread}`))).toBe(false);
    // OR: either word.
    const either = await search(reader, q('wombatless OR indicators'));
    expect(either.items.map((h) => h.type)).toEqual(['MINUTES']);
    const both = await search(reader, q('indicators OR recruitment'));
    expect(new Set(both.items.map((h) => h.type))).toEqual(new Set(['MINUTES', 'REPORT']));

    // Suggestions treat the last word as a prefix, and look at titles and names.
    const suggest = async (text: string) => {
      const response = await reader.get(`/api/v1/search/suggestions?q=${encodeURIComponent(text)}`);
      expect(response.statusCode).toBe(200);
      return SearchSuggestions.parse(response.json()).items;
    };
    expect((await suggest('barnah')).map((s) => [s.type, s.title])).toEqual([
      ['THREAD', 'Barnahus travel times for child victims'],
    ]);
    expect((await suggest('Riga plen')).map((s) => s.url)).toEqual([`/meetings/${made.meeting}`]);
    expect((await suggest('nominate exp')).map((s) => s.type)).toEqual(['ACTION_ITEM']);
    expect((await suggest('Łuk'))[0]).toMatchObject({
      type: 'MEMBER',
      title: 'Łukasz Wójcik',
      context: 'Member, Poland',
    });
    // A complete last word (a space after it) is not a prefix.
    expect(await suggest('barnah ')).toEqual([]);
  });

  it('finds names and places with diacritics when typed without them', async () => {
    const reader = cast.chair;
    expect((await search(reader, q('Gudrun Jonsdottir'))).items[0]).toMatchObject({ id: made.gudrun });
    expect((await search(reader, q('Lukasz Wojcik'))).items[0]).toMatchObject({ id: made.lukasz });
    expect(has(await search(reader, q('Lodz')), 'REPORT', made.danishReport)).toBe(true);
    const island = await search(reader, q('Island'));
    expect(island.items.find((h) => h.type === 'POST')?.url).toBe(`/discussions/${made.thread}?post=1`);
    expect(matched(island.items.find((h) => h.type === 'POST'))).toEqual(['ísland']);
  });

  it('never finds, counts or suggests what the reader may not see', async () => {
    // Another delegation's draft: not for Denmark; for Estonia and the secretariat.
    for (const client of [cast.dk, cast.chair, cast.observer]) {
      const results = await search(client, q('zebrafinch'));
      expect(results.items).toEqual([]);
      expect(countOf(results, 'REPORT')).toBe(0);
      const suggestions = SearchSuggestions.parse(
        (await client.get(`/api/v1/search/suggestions?q=${encodeURIComponent('Estonia: national')}`)).json(),
      );
      expect(suggestions.items.map((s) => s.id)).not.toContain(made.estonianDraft);
    }
    expect(found(await search(cast.ee, q('zebrafinch')))).toEqual([['REPORT', made.estonianDraft]]);
    expect(found(await search(cast.admin, q('zebrafinch')))).toEqual([['REPORT', made.estonianDraft]]);

    // A hidden post and a removed one: found by nobody, moderators included, nor counted.
    for (const client of [cast.dk, cast.admin, cast.chair]) {
      expect((await search(client, q('quokka'))).items).toEqual([]);
      expect((await search(client, q('wombat'))).items).toEqual([]);
      // "psychologists" is in Denmark's gap, the hidden post, the removed post and Estonia's draft.
      const words = await search(client, q('psychologists'));
      expect(countOf(words, 'POST')).toBe(0);
      expect(words.items.every((hit) => hit.type === 'REPORT')).toBe(true);
      for (const hit of words.items) {
        expect(hit.snippet.map((p) => p.text).join('')).not.toMatch(/quokka|wombat/);
      }
    }
    expect(countOf(await search(cast.dk, q('psychologists')), 'REPORT')).toBe(1);
    expect(countOf(await search(cast.admin, q('psychologists')), 'REPORT')).toBe(2);

    // Minutes only once approved: the circulated ones are not searched.
    expect((await search(cast.admin, q('narwhal'))).items).toEqual([]);
  });

  it('narrows by type, delegation, focus area, gap kind, period, dates and author', async () => {
    const reader = cast.observer;
    // Kinship: the report's summary, its discussion's opening post, and the Barnahus post.
    const onlyPosts = await search(reader, q('kinship', '&types=POST'));
    expect(onlyPosts.items.map((h) => h.type)).toEqual(['POST', 'POST']);
    // Counts stay for every type, so the reader can switch.
    expect(countOf(onlyPosts, 'REPORT')).toBe(1);
    expect((await search(reader, q('kinship', '&types=REPORT,THREAD'))).items.map((h) => h.type)).toEqual([
      'REPORT',
    ]);

    expect(
      found(await search(reader, q('kinship', '&delegation=dk')))
        .map(([type]) => type)
        .sort(),
    ).toEqual(['POST', 'REPORT']);
    expect((await search(reader, q('kinship', '&delegation=ee'))).items).toEqual([]);
    expect(has(await search(reader, q('workshop', '&delegation=lv')), 'ACTION_ITEM', made.actionItem)).toBe(
      true,
    );

    // Focus areas and gap kinds apply to reports and threads.
    expect(
      (await search(reader, q('kinship', '&focusArea=ALTERNATIVE_CARE'))).items.map((h) => h.type),
    ).toEqual(['REPORT']);
    expect((await search(reader, q('barnahus', '&focusArea=SEXUAL_ABUSE'))).items.map((h) => h.type)).toEqual(
      ['THREAD'],
    );
    expect((await search(reader, q('psychologists', '&gapKind=EXPERTISE'))).items).toHaveLength(1);
    expect((await search(reader, q('psychologists', '&gapKind=CAPACITY'))).items).toEqual([]);

    // The period: reports for it, and what was written within it (the post is from today, not 2026 H1).
    const inPeriod = await search(reader, q('kinship', '&period=2026-H1'));
    expect(inPeriod.items.map((h) => h.type)).toEqual(['REPORT']);
    const today = new Date().toISOString().slice(0, 10);
    expect(has(await search(reader, q('kinship', `&from=${today}`)), 'REPORT', made.danishReport)).toBe(true);
    expect((await search(reader, q('kinship', '&to=2020-01-01'))).items).toEqual([]);
    expect(has(await search(reader, q('workshop', `&to=${today}`)), 'DECISION', made.decision)).toBe(true);

    const handle = (await t.prisma.user.findUniqueOrThrow({ where: { id: cast.ids.dk } })).handle;
    expect((await search(reader, q('kinship', `&author=${handle}`))).items.map((h) => h.type)).toEqual([
      'POST',
    ]);
    expect((await search(reader, q('kinship', '&author=nobody-at-all'))).items).toEqual([]);
  });

  it('pages with cursors through every hit once, best first', async () => {
    const reader = cast.admin;
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const results: SearchResults = await search(
        reader,
        q(
          'trafficking OR kinship OR psychologists OR workshop',
          `&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        ),
      );
      if (pages > 0) expect(results.counts).toEqual([]);
      seen.push(...results.items.map((h) => `${h.type}:${h.id}:${h.section ?? ''}`));
      cursor = results.nextCursor;
      pages += 1;
    }
    const all = await search(reader, q('trafficking OR kinship OR psychologists OR workshop', '&limit=50'));
    expect(seen).toEqual(all.items.map((h) => `${h.type}:${h.id}:${h.section ?? ''}`));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThan(3);
  });

  it('answers odd and hostile queries with results or a clear 400, never a 500', async () => {
    const reader = cast.dk;
    const posts = await t.prisma.post.count();
    const ok = [
      '"unbalanced quote',
      'back\\slash\\',
      "'; DROP TABLE post; --",
      'kinship) OR (1=1',
      'a & b | !c <-> d:*',
      '👩‍👧 kinship 🧒',
      'the of and',
      '---',
      '"',
      'OR OR OR',
    ];
    for (const text of ok) {
      const response = await reader.get(`/api/v1/search?q=${encodeURIComponent(text)}`);
      expect(`${text} → ${response.statusCode}`).toBe(`${text} → 200`);
      SearchResults.parse(response.json());
      const suggestions = await reader.get(`/api/v1/search/suggestions?q=${encodeURIComponent(text)}`);
      expect(`${text} → ${suggestions.statusCode}`).toBe(`${text} → 200`);
    }
    expect((await search(reader, q('👩‍👧 kinship 🧒'))).items.length).toBeGreaterThan(0);
    expect((await search(reader, q('the of and'))).items).toEqual([]);
    // The SQL in the query was searched for, not run.
    expect(await t.prisma.post.count()).toBe(posts);

    const bad = [
      ['q=', '/q'],
      [`q=${'a'.repeat(10_000)}`, '/q'],
      ['q=x&types=SECRET', '/types/0'],
      ['q=x&from=yesterday', '/from'],
      ['q=x&from=2026-02-01&to=2026-01-01', '/to'],
      ['q=x&limit=500', '/limit'],
      ['q=x&cursor=not-a-cursor', '/cursor'],
      [`q=${encodeURIComponent('\u0000kinship')}`, '/q'],
    ] as const;
    for (const [query, pointer] of bad) {
      const response = await reader.get(`/api/v1/search?${query}`);
      expect(`${query.slice(0, 40)} → ${response.statusCode}`).toBe(`${query.slice(0, 40)} → 400`);
      expect(ProblemDetails.parse(response.json()).errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect((await reader.get(`/api/v1/search/suggestions?q=${'b'.repeat(10_000)}`)).statusCode).toBe(400);
  });
});
