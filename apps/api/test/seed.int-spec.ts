import {
  ActionItemOverview,
  Agenda,
  MeetingPage,
  MinutesView,
  ReportDetail,
  ReportDiff,
  ReportPage,
  ThreadPage,
  UnreadSummary,
} from '@egcc/contracts';
import { renderMarkdown } from '../src/discussions/markdown';
import { CAUGHT_UP_MEMBERS, DEMO_THREADS } from '../src/database/seed/demo-discussions';
import { DEMO_REPORTS } from '../src/database/seed/demo-reports';
import { seedDemoData, seedReferenceData } from '../src/database/seed/seed';
import { browser } from './support/http-client';
import { createTestApp, type TestApp } from './support/test-app';

describe('reference and demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  it('has the twelve delegations, with Russia suspended and then withdrawn', async () => {
    const delegations = await t.prisma.delegation.findMany({
      orderBy: { code: 'asc' },
      include: { statusChanges: true },
    });
    expect(delegations.map((d) => d.code)).toEqual([
      'de',
      'dk',
      'ec',
      'ee',
      'fi',
      'is',
      'lt',
      'lv',
      'no',
      'pl',
      'ru',
      'se',
    ]);
    expect(delegations.find((d) => d.code === 'ec')).toMatchObject({
      name: 'European Commission',
      kind: 'INSTITUTION',
    });
    expect(delegations.filter((d) => d.kind === 'MEMBER_STATE')).toHaveLength(11);

    const russia = delegations.find((d) => d.code === 'ru');
    expect(russia?.membershipStatus).toBe('WITHDRAWN');
    expect(russia?.statusSince?.toISOString().slice(0, 10)).toBe('2022-05-17');
    expect(
      russia?.statusChanges
        .map((c) => [c.status, c.effectiveOn.toISOString().slice(0, 10)])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['SUSPENDED', '2022-03-03'],
      ['WITHDRAWN', '2022-05-17'],
    ]);
    expect(delegations.filter((d) => d.membershipStatus === 'ACTIVE')).toHaveLength(11);
  });

  it('gives every delegation at least one ministry, with native names for member states', async () => {
    const delegations = await t.prisma.delegation.findMany({ include: { ministries: true } });
    for (const delegation of delegations) {
      expect({ code: delegation.code, ministries: delegation.ministries.length > 0 }).toEqual({
        code: delegation.code,
        ministries: true,
      });
      if (delegation.kind === 'MEMBER_STATE') {
        for (const ministry of delegation.ministries) expect(ministry.nativeName).toEqual(expect.any(String));
      }
    }
  });

  it('has the five focus areas, the measure and gap kinds, and the UNCRC articles', async () => {
    expect(
      await t.prisma.focusArea.findMany({ orderBy: { position: 'asc' }, select: { code: true } }),
    ).toEqual([
      { code: 'CHILD_RIGHTS' },
      { code: 'EARLY_INTERVENTION' },
      { code: 'SEXUAL_ABUSE' },
      { code: 'MIGRANT_CHILDREN' },
      { code: 'ALTERNATIVE_CARE' },
    ]);
    expect(
      (await t.prisma.measureKind.findMany({ orderBy: { position: 'asc' } })).map((k) => k.code),
    ).toEqual(['LEGISLATIVE', 'POLITICAL', 'ADMINISTRATIVE']);
    expect((await t.prisma.gapKind.findMany({ orderBy: { position: 'asc' } })).map((k) => k.code)).toEqual([
      'SERVICES',
      'EXPERTISE',
      'CAPACITY',
    ]);
    const articles = await t.prisma.uncrcArticle.findMany({
      where: { number: { in: [3, 12, 19, 20, 22, 34, 35] } },
    });
    expect(Object.fromEntries(articles.map((a) => [a.number, a.title]))).toEqual({
      3: 'Best interests of the child',
      12: 'Respect for the views of the child',
      19: 'Protection from violence, abuse and neglect',
      20: 'Children unable to live with their family',
      22: 'Refugee children',
      34: 'Sexual exploitation',
      35: 'Abduction, sale and trafficking',
    });
  });

  it('is idempotent and never overwrites what the secretariat edited', async () => {
    await t.prisma.focusArea.update({
      where: { code: 'ALTERNATIVE_CARE' },
      data: { description: 'Edited by the secretariat' },
    });
    const counts = async () =>
      Promise.all([
        t.prisma.delegation.count(),
        t.prisma.ministry.count(),
        t.prisma.delegationStatusChange.count(),
        t.prisma.focusArea.count(),
        t.prisma.uncrcArticle.count(),
      ]);
    const before = await counts();
    await seedReferenceData(t.prisma);
    await seedReferenceData(t.prisma);
    expect(await counts()).toEqual(before);
    expect(
      (await t.prisma.focusArea.findUniqueOrThrow({ where: { code: 'ALTERNATIVE_CARE' } })).description,
    ).toBe('Edited by the secretariat');
  });

  it('seeds demo members in every role, signing in with one password, once', async () => {
    const signIns = await seedDemoData(t.prisma, 'demo-password-for-tests');
    await seedDemoData(t.prisma, 'demo-password-for-tests');
    expect(signIns).toEqual(
      expect.arrayContaining([
        'admin@egcc.example',
        'chair@egcc.example',
        'observer@egcc.example',
        'delegate.dk@egcc.example',
      ]),
    );
    const members = await t.prisma.user.findMany({ include: { delegation: true } });
    expect(members).toHaveLength(signIns.length);
    const roles = new Set(members.flatMap((m) => m.roles));
    expect([...roles].sort()).toEqual(['ADMIN', 'CHAIR', 'DELEGATE', 'OBSERVER']);
    expect(members.find((m) => m.email === 'chair@egcc.example')?.roles).toEqual(['CHAIR', 'DELEGATE']);
    expect(members.find((m) => m.email === 'observer@egcc.example')?.delegation?.code).toBe('ec');
    const memberStates = new Set(
      members.filter((m) => m.roles.includes('DELEGATE')).map((m) => m.delegation?.code),
    );
    expect(memberStates.size).toBeGreaterThanOrEqual(10);
    for (const member of members) {
      expect(member.email).toBe(member.email.toLowerCase());
      expect(member.status).toBe('ACTIVE');
      expect(member.passwordHash).toMatch(/^\$argon2id\$/);
    }
  });

  describe('demo discussions', () => {
    const password = 'demo-password-for-tests';
    const threadsOf = () =>
      t.prisma.thread.findMany({
        // The demo threads; the published demo reports' discussions are checked with the reports.
        where: { reportId: null },
        orderBy: { createdAt: 'asc' },
        include: {
          author: true,
          posts: { orderBy: { number: 'asc' }, include: { revisions: true, mentions: true } },
          focusAreas: true,
          gapKinds: true,
          delegationsConcerned: { include: { delegation: true } },
          subscriptions: true,
          readStates: true,
          notifications: true,
        },
      });

    it('opens the demo threads once, with posts, tags and counts as the API keeps them', async () => {
      await seedDemoData(t.prisma, password);
      const counts = async () =>
        Promise.all([
          t.prisma.thread.count(),
          t.prisma.post.count(),
          t.prisma.postRevision.count(),
          t.prisma.mention.count(),
          t.prisma.threadSubscription.count(),
          t.prisma.threadReadState.count(),
          t.prisma.notification.count(),
          t.prisma.tagSubscription.count(),
          t.prisma.outboxMessage.count(),
        ]);
      const before = await counts();
      await seedDemoData(t.prisma, password);
      expect(await counts()).toEqual(before);

      const threads = await threadsOf();
      expect(threads.map((thread) => thread.title)).toEqual(DEMO_THREADS.map((thread) => thread.title));
      const chair = await t.prisma.user.findUniqueOrThrow({ where: { email: 'chair@egcc.example' } });
      expect(threads.filter((thread) => thread.pinnedAt).map((thread) => thread.pinnedById)).toEqual([
        chair.id,
      ]);

      for (const thread of threads) {
        const last = thread.posts.at(-1);
        expect(thread.posts.map((post) => post.number)).toEqual(thread.posts.map((_, index) => index + 1));
        expect(thread.posts.length).toBeGreaterThanOrEqual(4);
        expect(new Set(thread.posts.map((post) => post.authorId)).size).toBeGreaterThanOrEqual(3);
        expect({
          lastPostNumber: thread.lastPostNumber,
          replyCount: thread.replyCount,
          lastPostAt: thread.lastPostAt,
          lastPosterId: thread.lastPosterId,
          authorId: thread.authorId,
          createdAt: thread.createdAt,
        }).toEqual({
          lastPostNumber: last?.number,
          replyCount: thread.posts.filter((post) => post.number > 1 && !post.deletedAt && !post.hiddenAt)
            .length,
          lastPostAt: last?.createdAt,
          lastPosterId: last?.authorId,
          authorId: thread.posts[0]?.authorId,
          createdAt: thread.posts[0]?.createdAt,
        });
        expect(thread.lastPostAt.getTime()).toBeLessThan(Date.now());
        // The copies on the thread row, kept by the triggers, match the tag tables.
        expect({
          focusAreas: thread.focusAreaCodes,
          gapKinds: thread.gapKindCodes,
          delegations: thread.delegationCodes,
        }).toEqual({
          focusAreas: thread.focusAreas.map((tag) => tag.focusAreaCode).sort(),
          gapKinds: thread.gapKinds.map((tag) => tag.gapKind).sort(),
          delegations: thread.delegationsConcerned.map((tag) => tag.delegation.code).sort(),
        });
        expect(thread.focusAreas.length + thread.gapKinds.length).toBeGreaterThan(0);
        for (const post of thread.posts) {
          expect(post.bodyHtml).toBe(renderMarkdown(post.body).html);
          expect(post.editCount).toBe(post.revisions.length);
        }
        // Authors and repliers follow; their read state reaches at least their last post.
        const writers = new Set(thread.posts.map((post) => post.authorId));
        expect(
          thread.subscriptions
            .filter((s) => s.level === 'FOLLOWING')
            .map((s) => s.userId)
            .sort(),
        ).toEqual([...writers].sort());
        expect(thread.subscriptions.find((s) => s.userId === thread.authorId)?.reason).toBe('CREATED');
        for (const post of thread.posts) {
          const read = thread.readStates.find((state) => state.userId === post.authorId);
          expect(read?.lastReadPostNumber).toBeGreaterThanOrEqual(post.number);
        }
        for (const state of thread.readStates)
          expect(state.lastReadPostNumber).toBeLessThanOrEqual(thread.lastPostNumber);
        // Every follower but the writer heard of each reply, or was mentioned in it.
        for (const post of thread.posts.slice(1)) {
          const told = thread.notifications.filter((n) => n.postId === post.id).map((n) => n.userId);
          const earlier = new Set(thread.posts.filter((p) => p.number < post.number).map((p) => p.authorId));
          for (const follower of earlier) if (follower !== post.authorId) expect(told).toContain(follower);
          expect(told).not.toContain(post.authorId);
        }
      }

      // A reply that quotes an earlier post and mentions a member, who is told.
      const quoting = threads
        .flatMap((thread) => thread.posts)
        .find((post) => post.bodyHtml.includes('<blockquote>') && post.mentions.length > 0);
      expect(quoting?.replyToPostId).toEqual(expect.any(String));
      expect(quoting?.bodyHtml).toContain(
        '<span class="mention" data-handle="delegate.lt">@delegate.lt</span>',
      );
      const lithuania = await t.prisma.user.findUniqueOrThrow({
        where: { email: 'delegate.lt@egcc.example' },
      });
      expect(quoting?.mentions.map((m) => m.userId)).toEqual([lithuania.id]);
      expect(
        await t.prisma.notification.count({
          where: { postId: quoting?.id, userId: lithuania.id, kind: 'MENTION' },
        }),
      ).toBe(1);
      // An edited post keeps its first version.
      const edited = threads.flatMap((thread) => thread.posts).find((post) => post.editCount > 0);
      expect(edited?.revisions[0]?.body).not.toBe(edited?.body);
      // Nothing old waits for an e-mail.
      expect(await t.prisma.notification.count({ where: { emailedAt: null } })).toBe(0);
    });

    it('starts the members the browser tests use with nothing new, and shows others what is', async () => {
      await seedDemoData(t.prisma, password);
      const unread = async (email: string) => {
        const member = await browser(t.app).signIn(email, password);
        const summary = UnreadSummary.parse((await member.get('/api/v1/threads/unread')).json());
        const list = ThreadPage.parse((await member.get('/api/v1/threads')).json());
        return { summary, list };
      };
      for (const email of CAUGHT_UP_MEMBERS) {
        const { summary } = await unread(email);
        expect({ email, ...summary }).toEqual({ email, unreadThreads: 0, unreadNotifications: 0 });
      }
      const { summary, list } = await unread('delegate.lt@egcc.example');
      expect(summary.unreadThreads).toBeGreaterThan(0);
      expect(summary.unreadNotifications).toBeGreaterThan(0);
      expect(list.pinned.map((thread) => thread.title)).toEqual([DEMO_THREADS[0]?.title]);
      // The demo threads, and the discussions of the published demo reports.
      expect([...list.pinned, ...list.items]).toHaveLength(
        DEMO_THREADS.length + DEMO_REPORTS.filter((report) => report.status === 'PUBLISHED').length,
      );
      expect(list.items.some((thread) => thread.unreadCount > 0 && thread.seen)).toBe(true);
      const mentions = (
        await (
          await browser(t.app).signIn('delegate.lt@egcc.example', password)
        ).get('/api/v1/notifications?unread=true')
      ).json() as { items: { kind: string; title: string }[] };
      expect(mentions.items).toContainEqual(
        expect.objectContaining({
          kind: 'MENTION',
          title: `Jonas Becker mentioned you in “${DEMO_THREADS[2]?.title}”`,
        }),
      );
    });
  });

  describe('demo reports', () => {
    const password = 'demo-password-for-tests';

    it('files published reports for two half-years, one submitted and one draft, once', async () => {
      await seedDemoData(t.prisma, password);
      const counts = async () =>
        Promise.all([
          t.prisma.nationalReport.count(),
          t.prisma.reportMeasure.count(),
          t.prisma.reportGap.count(),
          t.prisma.reportRevision.count(),
          t.prisma.thread.count(),
          t.prisma.post.count(),
          t.prisma.notification.count(),
        ]);
      const before = await counts();
      await seedDemoData(t.prisma, password);
      expect(await counts()).toEqual(before);

      const reports = await t.prisma.nationalReport.findMany({
        include: {
          delegation: true,
          period: true,
          revisions: { orderBy: { version: 'asc' } },
          threads: { include: { posts: true, focusAreas: true } },
          measures: { include: { focusAreas: true, uncrcArticles: true } },
          gaps: true,
        },
      });
      expect(reports).toHaveLength(DEMO_REPORTS.length);
      const published = reports.filter((r) => r.status === 'PUBLISHED');
      const byPeriod = (code: string) =>
        published
          .filter((r) => r.period?.code === code)
          .map((r) => r.delegation.code)
          .sort();
      expect(byPeriod('2026-H1')).toEqual(['de', 'dk', 'ee', 'fi', 'no', 'pl', 'se']);
      expect(byPeriod('2025-H2')).toEqual(['dk', 'fi', 'is', 'lv', 'no', 'se']);
      expect(
        reports
          .filter((r) => r.status !== 'PUBLISHED')
          .map((r) => [r.delegation.code, r.period?.code, r.status]),
      ).toEqual(
        expect.arrayContaining([
          ['lv', '2026-H1', 'SUBMITTED'],
          ['lt', '2026-H2', 'DRAFT'],
        ]),
      );

      for (const report of reports) {
        // Every save and step is a revision; the last one is the report as it stands.
        expect(report.revisions.map((r) => r.version)).toEqual(report.revisions.map((_, i) => i + 1));
        expect(report.version).toBe(report.revisions.length);
        expect(report.revisions[0]?.event).toBe('CREATED');
        expect(report.revisions.filter((r) => r.event === 'SAVED').length).toBeGreaterThanOrEqual(1);
        expect(report.revisions.at(-1)?.status).toBe(report.status);
        expect(report.measures.length).toBeGreaterThan(0);
        expect(report.gaps.length).toBeGreaterThan(0);
        expect(report.updatedAt.getTime()).toBeLessThan(Date.now());
        if (report.status === 'PUBLISHED') {
          expect(report.revisions.map((r) => r.event).slice(-2)).toEqual(['SUBMITTED', 'PUBLISHED']);
          expect(report.publishedAt).toEqual(report.revisions.at(-1)?.createdAt);
          expect(report.submittedAt?.getTime()).toBeLessThan(report.publishedAt?.getTime() ?? 0);
          // Its discussion: one thread on the report, opened by the publisher, with the tags.
          expect(report.threads).toHaveLength(1);
          const [thread] = report.threads;
          expect(thread?.authorId).toBe(report.publishedById);
          expect(thread?.posts[0]?.body).toContain(`[Read the report](/reports/${report.id})`);
          expect(thread?.focusAreas.length).toBeGreaterThan(0);
        } else {
          expect(report.publishedAt).toBeNull();
          expect(report.threads).toHaveLength(0);
        }
      }
      expect(await t.prisma.notification.count({ where: { reportId: { not: null }, readAt: null } })).toBe(0);
    });

    it('shows members the published reports, their history with real changes, and the drafts only to their own', async () => {
      await seedDemoData(t.prisma, password);
      const observer = await browser(t.app).signIn('observer@egcc.example', password);
      const page = ReportPage.parse((await observer.get('/api/v1/reports?period=2026-H1&limit=50')).json());
      expect(page.items.map((r) => r.delegation.name).sort()).toEqual([
        'Denmark',
        'Estonia',
        'Finland',
        'Germany',
        'Norway',
        'Poland',
        'Sweden',
      ]);
      const denmark = page.items.find((r) => r.delegation.code === 'dk');
      const detail = ReportDetail.parse((await observer.get(`/api/v1/reports/${denmark?.id}`)).json());
      expect(detail.measures.map((m) => m.title)).toContain('Action plan on children in foster care');
      expect(detail.threadId).toEqual(expect.any(String));
      const diff = ReportDiff.parse(
        (await observer.get(`/api/v1/reports/${denmark?.id}/diff?from=1&to=${detail.version}`)).json(),
      );
      expect(diff.sections.filter((section) => section.changed).map((section) => section.key)).toEqual(
        expect.arrayContaining(['summary', 'measures', 'goodPractices', 'gaps', 'nextSteps']),
      );

      const lithuania = await browser(t.app).signIn('delegate.lt@egcc.example', password);
      const drafts = ReportPage.parse((await lithuania.get('/api/v1/reports?status=DRAFT')).json());
      expect(drafts.items.map((r) => r.title)).toEqual(['Lithuania: national report, 2026 H2']);
      const draftId = drafts.items[0]?.id;
      expect((await observer.get(`/api/v1/reports/${draftId}`)).statusCode).toBe(404);

      const chair = await browser(t.app).signIn('chair@egcc.example', password);
      const submitted = ReportPage.parse((await chair.get('/api/v1/reports?status=SUBMITTED')).json());
      expect(submitted.items.map((r) => r.title)).toEqual(['Latvia: national report, 2026 H1']);
      expect((await lithuania.get(`/api/v1/reports/${submitted.items[0]?.id}`)).statusCode).toBe(404);
    });

    it('holds two meetings already and one to come: approved minutes, open action items, a published agenda', async () => {
      await seedDemoData(t.prisma, password);
      await seedDemoData(t.prisma, password);
      expect(await t.prisma.meeting.count()).toBe(3);
      const delegate = await browser(t.app).signIn('delegate.dk@egcc.example', password);

      const past = MeetingPage.parse((await delegate.get('/api/v1/meetings?when=past')).json()).items;
      expect(past.map((m) => [m.title, m.status])).toEqual([
        ['51st meeting of the Expert Group (online)', 'HELD'],
        ['50th meeting of the Expert Group for Cooperation on Children at Risk', 'MINUTES_APPROVED'],
      ]);
      const [held, older] = past;
      const approved = MinutesView.parse(
        (await delegate.get(`/api/v1/meetings/${older?.id}/minutes`)).json(),
      );
      expect(approved).toMatchObject({ status: 'APPROVED', version: 3, approvedAtMeeting: { id: held?.id } });
      expect(approved.entries.filter((e) => e.body.markdown.length > 0)).toHaveLength(6);
      const circulated = MinutesView.parse(
        (await delegate.get(`/api/v1/meetings/${held?.id}/minutes`)).json(),
      );
      expect(circulated).toMatchObject({ status: 'CIRCULATED', version: 2 });
      expect(circulated.comments).toHaveLength(1);

      const upcoming = MeetingPage.parse((await delegate.get('/api/v1/meetings?when=upcoming')).json()).items;
      expect(upcoming.map((m) => [m.title, m.status, m.agendaVersion])).toEqual([
        ['52nd meeting of the Expert Group for Cooperation on Children at Risk', 'AGENDA_PUBLISHED', 1],
      ]);
      const agenda = Agenda.parse((await delegate.get(`/api/v1/meetings/${upcoming[0]?.id}/agenda`)).json());
      expect(agenda).toMatchObject({ publishedVersion: 1, changedSincePublished: false, overrunMinutes: 0 });
      expect(agenda.items[0]).toMatchObject({
        title: 'Follow-up of action items',
        isActionItemFollowUp: true,
      });
      // The follow-up lists what is still open, not what was done or dropped.
      expect(agenda.items[0]?.actionItems?.map((a) => a.title).sort()).toEqual([
        'Draft terms of reference for a comparative study on guardianship',
        'Nominate experts for the trafficking workshop',
        'Propose indicators for the quality of alternative care',
      ]);
      expect(agenda.items.find((i) => i.reports.length > 0)?.reports.length).toBeGreaterThan(1);
      expect(agenda.items.some((i) => i.threads.length > 0)).toBe(true);

      const overview = ActionItemOverview.parse((await delegate.get('/api/v1/action-items/overview')).json());
      expect(overview.totals).toEqual({ open: 2, inProgress: 1, overdue: 1 });
      expect(overview.rows.find((r) => r.delegation?.code === 'ee')).toMatchObject({ open: 1, overdue: 1 });
    });
  });
});
