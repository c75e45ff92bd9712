import {
  ProblemDetails,
  RegionalOverview,
  ReportComparison,
  ReportDetail,
  ThreadWithPosts,
} from '@egcc/contracts';
import type { Browser } from './support/http-client';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT, step } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

type Action = 'submit' | 'withdraw' | 'return' | 'publish';

describe('national reports: workflow, notifications, discussion, overview', () => {
  let t: TestApp;
  let cast: ReportCast;
  let h1: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    cast = await reportCast(t);
    h1 = await periodId(t.prisma, '2026-H1');
  });

  const act = (client: Browser, id: string, action: Action, body: unknown = {}) =>
    client.post(`/api/v1/reports/${id}/${action}`, action === 'return' && body === undefined ? {} : body);
  const returnBody = { comment: 'Please add the figures for 2024-2025 (both years).' };
  const statusOf = async (id: string) =>
    (await t.prisma.nationalReport.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
  const notified = async (kind: string, reportId: string) =>
    (
      await t.prisma.notification.findMany({
        where: { kind: kind as never, reportId },
        select: { userId: true },
      })
    )
      .map((n) => n.userId)
      .sort();

  describe('transitions', () => {
    it('walks DRAFT → SUBMITTED → DRAFT (withdrawn) → SUBMITTED → DRAFT (returned) → SUBMITTED → PUBLISHED', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });

      const submitted = await step(cast.dk, report.id, 'submit');
      expect(submitted).toMatchObject({
        status: 'SUBMITTED',
        version: 2,
        submittedBy: { name: 'Mette Hansen' },
      });
      expect(submitted.actions).toMatchObject({ edit: false, submit: false, withdraw: true, publish: false });
      const chairView = ReportDetail.parse((await cast.chair.get(`/api/v1/reports/${report.id}`)).json());
      expect(chairView.actions).toMatchObject({ edit: false, withdraw: false, return: true, publish: true });

      const withdrawn = await step(cast.dk2, report.id, 'withdraw');
      expect(withdrawn).toMatchObject({ status: 'DRAFT', version: 3 });

      await step(cast.dk, report.id, 'submit');
      const returned = await step(cast.chair, report.id, 'return', returnBody);
      expect(returned).toMatchObject({ status: 'DRAFT', version: 5, returnedAt: expect.any(String) });
      expect(returned.comments).toEqual([
        expect.objectContaining({
          kind: 'RETURNED',
          body: 'Please add the figures for 2024-2025 (both years).',
          author: expect.objectContaining({ name: 'Aino Virtanen' }),
        }),
      ]);

      // Back in draft, it is the delegation's again: the chair answered with it, but no longer sees it.
      expect(returned.actions).toMatchObject({ edit: false, return: false, publish: false });
      expect((await cast.chair.get(`/api/v1/reports/${report.id}`)).statusCode).toBe(404);

      await step(cast.dk, report.id, 'submit');
      const published = await step(cast.admin, report.id, 'publish');
      expect(published).toMatchObject({
        status: 'PUBLISHED',
        version: 7,
        publishedBy: { name: 'Sam Secretariat' },
        threadId: expect.any(String),
      });
      expect(published.actions).toEqual({
        edit: false,
        submit: false,
        withdraw: false,
        return: false,
        publish: false,
        attach: false,
      });

      // The review stays with those who took part in it: the delegation and its reviewers see
      // why it was returned; other delegations and observers read the published report only.
      const comments = async (client: Browser) =>
        ReportDetail.parse((await client.get(`/api/v1/reports/${report.id}`)).json()).comments.map(
          (c) => c.kind,
        );
      expect(await comments(cast.dk2)).toEqual(['RETURNED']);
      expect(await comments(cast.chair)).toEqual(['RETURNED']);
      expect(await comments(cast.admin)).toEqual(['RETURNED']);
      expect(await comments(cast.ee)).toEqual([]);
      expect(await comments(cast.observer)).toEqual([]);

      const revisions = await t.prisma.reportRevision.findMany({
        where: { reportId: report.id },
        orderBy: { version: 'asc' },
      });
      expect(revisions.map((r) => r.event)).toEqual([
        'CREATED',
        'SUBMITTED',
        'WITHDRAWN',
        'SUBMITTED',
        'RETURNED',
        'SUBMITTED',
        'PUBLISHED',
      ]);
      const audit = await t.prisma.auditEvent.findMany({
        where: { targetId: report.id },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      expect(audit.map((a) => a.action)).toEqual([
        'report.created',
        'report.submitted',
        'report.withdrawn',
        'report.submitted',
        'report.returned',
        'report.submitted',
        'report.published',
      ]);
    });

    it('answers 409 to every step the state does not allow, and changes nothing', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      const expectConflict = async (client: Browser, action: Action) => {
        const before = await t.prisma.nationalReport.findUniqueOrThrow({ where: { id: report.id } });
        const response = await act(client, report.id, action, action === 'return' ? returnBody : {});
        expect({ action, status: response.statusCode }).toEqual({ action, status: 409 });
        expect(ProblemDetails.parse(response.json()).code).toBe('CONFLICT');
        const after = await t.prisma.nationalReport.findUniqueOrThrow({ where: { id: report.id } });
        expect(after.version).toBe(before.version);
        expect(after.status).toBe(before.status);
      };
      // A draft can only be submitted.
      await expectConflict(cast.dk, 'withdraw');
      await expectConflict(cast.admin, 'publish');
      await expectConflict(cast.admin, 'return');
      // A submitted report can be withdrawn, returned or published, not submitted again.
      await step(cast.dk, report.id, 'submit');
      await expectConflict(cast.dk, 'submit');
      // A published one is final.
      await step(cast.chair, report.id, 'publish');
      await expectConflict(cast.dk, 'submit');
      await expectConflict(cast.dk, 'withdraw');
      await expectConflict(cast.admin, 'publish');
      await expectConflict(cast.chair, 'return');
      const save = await cast.dk.put(`/api/v1/reports/${report.id}`, { title: report.title, version: 3 });
      expect(save.statusCode).toBe(409);
      expect(await t.prisma.thread.count({ where: { reportId: report.id } })).toBe(1);
    });

    it('leaves each step to its roles: 404 when the report is hidden, 403 when the role may not', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      // Another delegation, the chair and an observer cannot see a draft.
      expect((await act(cast.ee, report.id, 'submit')).statusCode).toBe(404);
      expect((await act(cast.chair, report.id, 'submit')).statusCode).toBe(404);
      expect((await act(cast.observer, report.id, 'submit')).statusCode).toBe(403);
      expect((await act(cast.admin, report.id, 'submit')).statusCode).toBe(403);
      await step(cast.dk, report.id, 'submit');
      // Delegates do not review, the chair does not withdraw another delegation's report.
      expect((await act(cast.dk, report.id, 'publish')).statusCode).toBe(403);
      expect((await act(cast.dk, report.id, 'return', returnBody)).statusCode).toBe(403);
      expect((await act(cast.chair, report.id, 'withdraw')).statusCode).toBe(403);
      expect((await act(cast.ee, report.id, 'withdraw')).statusCode).toBe(404);
      expect((await act(cast.observer, report.id, 'publish')).statusCode).toBe(403);
      // A return needs its comment.
      const bare = await act(cast.chair, report.id, 'return', { comment: '' });
      expect(bare.statusCode).toBe(400);
      expect(ProblemDetails.parse(bare.json()).errors?.[0]?.pointer).toBe('/comment');
      expect(await statusOf(report.id)).toBe('SUBMITTED');
    });

    it('lets only one of two concurrent reviews succeed', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      await step(cast.dk, report.id, 'submit');
      const results = await Promise.all([
        act(cast.chair, report.id, 'publish'),
        act(cast.admin, report.id, 'publish'),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const revisions = await t.prisma.reportRevision.count({ where: { reportId: report.id } });
      expect(revisions).toBe(3);
      // One discussion, one notice each.
      expect(await t.prisma.thread.count({ where: { reportId: report.id } })).toBe(1);
      expect(
        await t.prisma.notification.count({ where: { kind: 'REPORT_PUBLISHED', userId: cast.ids.dk } }),
      ).toBe(1);

      // Publishing and returning at once: one wins, the other is told the state moved.
      const other = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2025-H2') });
      await step(cast.dk, other.id, 'submit');
      const raced = await Promise.all([
        act(cast.chair, other.id, 'publish'),
        act(cast.admin, other.id, 'return', returnBody),
      ]);
      expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(await t.prisma.reportRevision.count({ where: { reportId: other.id } })).toBe(3);
    });
  });

  describe('notifications', () => {
    it('tells the secretariat and chair of a submission, the delegation of a return, everyone of a publication', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });
      const { ids } = cast;
      await step(cast.dk, report.id, 'submit');
      expect(await notified('REPORT_SUBMITTED', report.id)).toEqual([ids.admin, ids.chair].sort());

      await step(cast.admin, report.id, 'return', returnBody);
      expect(await notified('REPORT_RETURNED', report.id)).toEqual([ids.dk, ids.dk2].sort());
      const returned = await t.prisma.notification.findFirstOrThrow({
        where: { kind: 'REPORT_RETURNED', userId: ids.dk },
      });
      expect(returned.payload).toMatchObject({
        excerpt: 'Please add the figures for 2024-2025 (both years).',
        link: `/reports/${report.id}`,
      });

      await step(cast.dk2, report.id, 'submit');
      await step(cast.chair, report.id, 'publish');
      // Everyone but the publisher.
      expect(await notified('REPORT_PUBLISHED', report.id)).toEqual(
        [ids.dk, ids.dk2, ids.ee, ids.observer, ids.admin].sort(),
      );
      // The discussion is announced by the publication, not also to tag followers.
      expect(await t.prisma.notification.count({ where: { kind: 'TAG_NEW_THREAD' } })).toBe(0);
      const inbox = await cast.observer.get('/api/v1/notifications');
      expect(inbox.statusCode).toBe(200);
      expect(JSON.stringify(inbox.json())).toContain(`/reports/${report.id}`);
    });
  });

  describe('discussion', () => {
    it('opens a thread on publishing, tagged with the report’s focus areas and delegation, followed by the delegation', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });
      await step(cast.dk, report.id, 'submit');
      const published = await step(cast.chair, report.id, 'publish');
      const threadId = published.threadId as string;

      const response = await cast.observer.get(`/api/v1/threads/${threadId}`);
      expect(response.statusCode).toBe(200);
      const thread = ThreadWithPosts.parse(response.json());
      expect(thread.thread).toMatchObject({
        title: 'Denmark: national report, 2026 H1',
        reportId: report.id,
        focusAreas: expect.arrayContaining(['CHILD_RIGHTS', 'SEXUAL_ABUSE', 'ALTERNATIVE_CARE']),
        delegations: ['dk'],
        author: expect.objectContaining({ name: 'Aino Virtanen' }),
      });
      expect(thread.thread.focusAreas).toHaveLength(3);
      const first = thread.posts[0];
      expect(first?.html).toContain(`href="/reports/${report.id}"`);
      expect(first?.html).toContain('<strong>child-friendly justice</strong>');
      expect(first?.html).not.toContain('A second paragraph');

      const mine = await cast.dk2.get(`/api/v1/threads/${threadId}`);
      expect(ThreadWithPosts.parse(mine.json()).thread.subscription).toBe('FOLLOWING');
      const theirs = await cast.ee.get(`/api/v1/threads/${threadId}`);
      expect(ThreadWithPosts.parse(theirs.json()).thread.subscription).not.toBe('FOLLOWING');
    });
  });

  describe('regional overview and comparison', () => {
    const publish = async (client: Browser, body: Record<string, unknown>) => {
      const report = await fileReport(client, { periodId: h1, ...body });
      await step(client, report.id, 'submit');
      return step(cast.admin, report.id, 'publish');
    };

    it('counts measures and gaps per focus area for the published reports, and names who has not reported', async () => {
      const dk = await publish(cast.dk, SAMPLE_CONTENT);
      const ee = await publish(cast.ee, {
        measures: [
          { kind: 'POLITICAL', status: 'IN_FORCE', title: 'Strategy', focusAreas: ['EARLY_INTERVENTION'] },
        ],
        gaps: [
          { kind: 'SERVICES', focusArea: 'EARLY_INTERVENTION', description: 'Rural services' },
          { kind: 'EXPERTISE', focusArea: null, description: 'General expertise' },
        ],
      });
      // A Finnish draft does not count.
      await fileReport(cast.chair, { periodId: h1, ...SAMPLE_CONTENT });

      const response = await cast.observer.get('/api/v1/reports/overview?period=2026-h1');
      expect(response.statusCode).toBe(200);
      const overview = RegionalOverview.parse(response.json());
      expect(overview.period.code).toBe('2026-H1');
      expect(overview.focusAreas.map((f) => f.code)).toEqual([
        'CHILD_RIGHTS',
        'EARLY_INTERVENTION',
        'SEXUAL_ABUSE',
        'MIGRANT_CHILDREN',
        'ALTERNATIVE_CARE',
      ]);
      expect(overview.rows.map((r) => r.delegation.code)).toEqual(['dk', 'ee']);
      const cells = (index: number) =>
        Object.fromEntries(overview.rows[index]!.cells.map((c) => [c.focusArea, [c.measures, c.gaps]]));
      expect(cells(0)).toEqual({
        CHILD_RIGHTS: [1, 0],
        EARLY_INTERVENTION: [0, 0],
        SEXUAL_ABUSE: [1, 0],
        MIGRANT_CHILDREN: [0, 0],
        ALTERNATIVE_CARE: [1, 1],
      });
      expect(overview.rows[0]).toMatchObject({ report: { id: dk.id }, totals: { measures: 2, gaps: 1 } });
      expect(cells(1)).toMatchObject({ EARLY_INTERVENTION: [1, 1] });
      expect(overview.rows[1]).toMatchObject({ report: { id: ee.id }, totals: { measures: 1, gaps: 2 } });
      const notReported = overview.notReported.map((d) => d.code);
      expect(notReported).toEqual(expect.arrayContaining(['fi', 'de', 'is']));
      expect(notReported).not.toEqual(expect.arrayContaining(['dk']));
      expect(notReported).not.toContain('ee');
      expect(notReported).not.toContain('ec');

      expect((await cast.dk.get('/api/v1/reports/overview?period=1999-H1')).statusCode).toBe(404);
      expect((await cast.dk.get('/api/v1/reports/overview')).statusCode).toBe(400);
    });

    it('puts chosen delegations’ published reports side by side in the order asked, naming those missing', async () => {
      const dk = await publish(cast.dk, SAMPLE_CONTENT);
      const ee = await publish(cast.ee, { summary: 'Estonia' });
      await fileReport(cast.chair, { periodId: h1 });

      const response = await cast.observer.get(
        '/api/v1/reports/comparison?period=2026-H1&delegations=ee,fi,dk',
      );
      expect(response.statusCode).toBe(200);
      const comparison = ReportComparison.parse(response.json());
      expect(comparison.reports.map((r) => r.id)).toEqual([ee.id, dk.id]);
      expect(comparison.reports[1]?.measures).toHaveLength(2);
      expect(comparison.missing.map((d) => d.code)).toEqual(['fi']);

      expect(
        (await cast.observer.get('/api/v1/reports/comparison?period=2026-H1&delegations=xx')).statusCode,
      ).toBe(400);
      expect(
        (await cast.observer.get('/api/v1/reports/comparison?period=1999-H1&delegations=dk')).statusCode,
      ).toBe(404);
    });
  });
});
