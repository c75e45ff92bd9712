import { ProblemDetails, ReportDetail } from '@egcc/contracts';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT, step } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * A thread is read by every member: it may link only to a report every member may read. A
 * draft linked from a thread would show its existence to all, and the thread would stand in
 * for the report's own discussion once it is published.
 */
describe('threads linked to a national report', () => {
  let t: TestApp;
  let cast: ReportCast;
  let draft: ReportDetail;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.resetData();
    cast = await reportCast(t);
    draft = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2026-H1'), ...SAMPLE_CONTENT });
  });

  const thread = (reportId: string) => ({ title: 'About the Danish report', body: 'Questions.', reportId });

  it('refuses another delegation’s draft as "no such report", like one that does not exist', async () => {
    const response = await cast.ee.post('/api/v1/threads', thread(draft.id));
    expect(response.statusCode).toBe(400);
    expect(ProblemDetails.parse(response.json()).errors).toEqual([
      expect.objectContaining({ pointer: '/reportId', code: 'unknown_link' }),
    ]);
    const missing = await cast.ee.post('/api/v1/threads', thread('01890a5d-ac96-774b-bcce-b302099a8057'));
    expect(missing.json()).toMatchObject({ errors: [{ pointer: '/reportId', code: 'unknown_link' }] });
    expect(await t.prisma.thread.count({ where: { reportId: draft.id } })).toBe(0);
  });

  it('refuses the delegation’s own draft, so that the published report’s discussion is the one it opens', async () => {
    const response = await cast.dk.post('/api/v1/threads', thread(draft.id));
    expect(response.statusCode).toBe(400);
    expect(ProblemDetails.parse(response.json()).errors).toEqual([
      expect.objectContaining({ pointer: '/reportId', code: 'report_not_published' }),
    ]);

    await step(cast.dk, draft.id, 'submit');
    const published = await step(cast.chair, draft.id, 'publish');
    const opened = await t.prisma.thread.findMany({ where: { reportId: draft.id }, select: { id: true } });
    expect(opened).toEqual([{ id: published.threadId }]);

    // Once published, any member may start another thread on it.
    const later = await cast.ee.post('/api/v1/threads', thread(draft.id));
    expect(later.statusCode).toBe(201);
    const detail = ReportDetail.parse((await cast.observer.get(`/api/v1/reports/${draft.id}`)).json());
    expect(detail.threadId).toBe(published.threadId);
  });
});
