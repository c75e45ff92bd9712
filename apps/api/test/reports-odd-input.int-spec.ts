import { ProblemDetails, ReportDetail } from '@egcc/contracts';
import type { Browser } from './support/http-client';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Odd input against the reports' routes, as a careless client or a prober sends it: each is a
 * clear 4xx in the documented shape, never a 500, and changes nothing.
 */
describe('national reports: odd input', () => {
  let t: TestApp;
  let cast: ReportCast;
  let report: ReportDetail;

  beforeAll(async () => {
    t = await createTestApp();
    await t.resetData();
    cast = await reportCast(t);
    report = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2026-H1'), ...SAMPLE_CONTENT });
  });
  afterAll(() => t.close());

  const content = { title: 'Denmark: national report, 2026 H1', ...SAMPLE_CONTENT };
  const measure = SAMPLE_CONTENT.measures[0];
  const NOT_A_UUID = 'not-a-uuid';
  const A_UUID = '01890a5d-ac96-774b-bcce-b302099a8057';
  const HUGE = 2 ** 40;

  async function expectProblem(response: Awaited<ReturnType<Browser['get']>>, status: number) {
    expect({ status: response.statusCode, body: response.body.slice(0, 300) }).toEqual({
      status,
      body: expect.any(String),
    });
    expect(response.headers['content-type']).toContain('application/problem+json');
    ProblemDetails.parse(response.json());
  }

  async function expectUnchanged() {
    const now = await t.prisma.nationalReport.findUniqueOrThrow({
      where: { id: report.id },
      select: { version: true, summary: true },
    });
    expect(now).toEqual({ version: 1, summary: SAMPLE_CONTENT.summary });
    expect(await t.prisma.reportRevision.count({ where: { reportId: report.id } })).toBe(1);
  }

  it.each([
    ['version 0', { ...content, version: 0 }],
    ['a negative version', { ...content, version: -1 }],
    ['a fractional version', { ...content, version: 1.5 }],
    ['a version as a string', { ...content, version: '1' }],
    ['no version', content],
    ['an unknown measure kind', { ...content, version: 1, measures: [{ ...measure, kind: 'MAGICAL' }] }],
    ['an unknown measure status', { ...content, version: 1, measures: [{ ...measure, status: 'REPEALED' }] }],
    ['an unknown gap kind', { ...content, version: 1, gaps: [{ kind: 'MONEY', description: 'Too little' }] }],
    ['201 measures', { ...content, version: 1, measures: Array.from({ length: 201 }, () => measure) }],
    [
      'a measure in 11 focus areas',
      { ...content, version: 1, measures: [{ ...measure, focusAreas: Array(11).fill('CHILD_RIGHTS') }] },
    ],
    ['UNCRC article 0', { ...content, version: 1, measures: [{ ...measure, uncrcArticles: [0] }] }],
    ['UNCRC article 3.5', { ...content, version: 1, measures: [{ ...measure, uncrcArticles: [3.5] }] }],
    ['a title of null', { ...content, version: 1, title: null }],
    ['a summary as a number', { ...content, version: 1, summary: 42 }],
    ['measures as an object', { ...content, version: 1, measures: { 0: measure } }],
    ['an array for a body', [content]],
    ['a string for a body', '"a report"'],
  ])('a save with %s is a 400 and changes nothing', async (_case, body) => {
    const response = await cast.dk.request('PUT', `/api/v1/reports/${report.id}`, body, {
      'content-type': 'application/json',
    });
    await expectProblem(response, 400);
    await expectUnchanged();
  });

  it('a save based on a version beyond what the database stores is a 400, not a 500', async () => {
    const response = await cast.dk.put(`/api/v1/reports/${report.id}`, { ...content, version: HUGE });
    await expectProblem(response, 400);
    expect(ProblemDetails.parse(response.json()).errors?.[0]?.pointer).toBe('/version');
    await expectUnchanged();
  });

  it('keeps two identical measures as two, and a tag named twice once', async () => {
    const other = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2026-H2') });
    const twice = {
      ...measure,
      focusAreas: ['SEXUAL_ABUSE', 'CHILD_RIGHTS', 'SEXUAL_ABUSE'],
      uncrcArticles: [19, 19, 3],
    };
    const repeated = await cast.dk2.put(`/api/v1/reports/${other.id}`, {
      ...content,
      version: 1,
      measures: [twice, twice],
    });
    expect(repeated.statusCode).toBe(200);
    const saved = ReportDetail.parse(repeated.json());
    expect(saved.version).toBe(2);
    expect(saved.measures.map((m) => [m.focusAreas, m.uncrcArticles])).toEqual([
      [
        ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
        [3, 19],
      ],
      [
        ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
        [3, 19],
      ],
    ]);
  });

  it.each([
    ['a report id that is no UUID', `/api/v1/reports/${NOT_A_UUID}`, 400],
    ['a report that does not exist', `/api/v1/reports/${A_UUID}`, 404],
    ['revisions of a report id that is no UUID', `/api/v1/reports/${NOT_A_UUID}/revisions`, 400],
    ['revision 0', `/api/v1/reports/{id}/revisions/0`, 400],
    ['revision "one"', `/api/v1/reports/{id}/revisions/one`, 400],
    ['a revision that does not exist', `/api/v1/reports/{id}/revisions/999`, 404],
    ['a revision beyond what the database stores', `/api/v1/reports/{id}/revisions/${HUGE}`, 400],
    ['a diff from version 0', `/api/v1/reports/{id}/diff?from=0&to=1`, 400],
    ['a diff without versions', `/api/v1/reports/{id}/diff`, 400],
    ['a diff to a version that does not exist', `/api/v1/reports/{id}/diff?from=1&to=999`, 404],
    [
      'a diff to a version beyond what the database stores',
      `/api/v1/reports/{id}/diff?from=1&to=${HUGE}`,
      400,
    ],
    ['a list of an unknown status', '/api/v1/reports?status=LOST', 400],
    ['a list of 101 a page', '/api/v1/reports?limit=101', 400],
    ['a list of a period code too long', `/api/v1/reports?period=${'X'.repeat(21)}`, 400],
    [
      'a list with a forged cursor',
      `/api/v1/reports?cursor=${Buffer.from('{"on":"x"}').toString('base64url')}`,
      400,
    ],
    ['an overview without a period', '/api/v1/reports/overview', 400],
    ['an overview of a period that does not exist', '/api/v1/reports/overview?period=1999-H1', 404],
    ['a comparison of nobody', '/api/v1/reports/comparison?period=2026-H1&delegations=,,', 400],
    [
      'a comparison of an unknown delegation',
      '/api/v1/reports/comparison?period=2026-H1&delegations=dk,zz',
      400,
    ],
    [
      'a comparison of 13 delegations',
      `/api/v1/reports/comparison?period=2026-H1&delegations=${Array.from({ length: 13 }, (_, i) => `d${i}`).join(',')}`,
      400,
    ],
    ['an export in an unknown format', '/api/v1/reports/{id}/export?format=exe', 400],
    ['a compilation of a period code with markup', '/api/v1/reporting-periods/%3Cb%3E/compilation', 400],
    ['a compilation of a period that does not exist', '/api/v1/reporting-periods/1999-H1/compilation', 404],
    ['a download of a file id that is no UUID', `/api/v1/attachments/${NOT_A_UUID}/download`, 400],
    ['a download of a file that does not exist', `/api/v1/attachments/${A_UUID}/download`, 404],
  ])('reading %s: %s answers %i', async (_case, path, status) => {
    await expectProblem(await cast.dk.get(path.replace('{id}', report.id)), status);
  });

  it.each([
    ['a submit of a report id that is no UUID', 'POST', `/api/v1/reports/${NOT_A_UUID}/submit`, {}, 400],
    [
      'a return with a comment of 5,001 characters',
      'POST',
      '/api/v1/reports/{id}/return',
      { comment: 'x'.repeat(5_001) },
      400,
    ],
    ['a return with no comment', 'POST', '/api/v1/reports/{id}/return', {}, 400],
    [
      'a report for a period and a meeting at once',
      'POST',
      '/api/v1/reports',
      { periodId: A_UUID, meetingId: A_UUID },
      400,
    ],
    ['a report for a meeting that does not exist', 'POST', '/api/v1/reports', { meetingId: A_UUID }, 400],
    ['a report for a period id that is no UUID', 'POST', '/api/v1/reports', { periodId: NOT_A_UUID }, 400],
    [
      'a removal of a file id that is no UUID',
      'DELETE',
      `/api/v1/reports/{id}/attachments/${NOT_A_UUID}`,
      undefined,
      400,
    ],
    [
      'a removal of a file that does not exist',
      'DELETE',
      `/api/v1/reports/{id}/attachments/${A_UUID}`,
      undefined,
      404,
    ],
    ['an upload as JSON', 'POST', '/api/v1/reports/{id}/attachments', { file: 'x' }, 415],
    [
      'a period with a date that does not exist',
      'POST',
      '/api/v1/reporting-periods',
      { code: '2030-H1', label: '2030 H1', startsOn: '2030-02-30', endsOn: '2030-06-30' },
      400,
    ],
    [
      'a period with a code of markup',
      'POST',
      '/api/v1/reporting-periods',
      { code: '<b>x</b>', label: 'Markup', startsOn: '2030-01-01', endsOn: '2030-06-30' },
      400,
    ],
  ] as const)('%s: %s %s', async (_case, method, path, body, status) => {
    const client = path.includes('/return') || path.includes('reporting-periods') ? cast.admin : cast.dk;
    const response = await client.request(method, path.replace('{id}', report.id), body);
    await expectProblem(response, status);
    await expectUnchanged();
  });
});
