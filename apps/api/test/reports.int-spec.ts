import {
  ProblemDetails,
  ReportDetail,
  ReportDiff,
  ReportingPeriod,
  ReportPage,
  ReportRevisionDetail,
  ReportRevisionSummary,
} from '@egcc/contracts';
import { z } from 'zod';
import type { Browser } from './support/http-client';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT, step } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

describe('national reports', () => {
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

  const detailOf = async (client: Browser, id: string) => {
    const response = await client.get(`/api/v1/reports/${id}`);
    expect(response.statusCode).toBe(200);
    return ReportDetail.parse(response.json());
  };

  describe('reporting periods', () => {
    it('lists the seeded half-years newest first, for every member', async () => {
      for (const client of [cast.dk, cast.observer, cast.admin]) {
        const response = await client.get('/api/v1/reporting-periods');
        expect(response.statusCode).toBe(200);
        const periods = z.array(ReportingPeriod).parse(response.json());
        expect(periods.map((p) => p.code).slice(0, 3)).toEqual(['2027-H2', '2027-H1', '2026-H2']);
        expect(periods.find((p) => p.code === '2026-H1')).toMatchObject({
          label: '2026 H1',
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
        });
      }
    });

    it('lets the secretariat add and correct periods; a taken code is a 409, a delegate a 403', async () => {
      const created = await cast.admin.post('/api/v1/reporting-periods', {
        code: '2028-h1',
        label: '2028 H1',
        startsOn: '2028-01-01',
        endsOn: '2028-06-30',
      });
      expect(created.statusCode).toBe(201);
      const period = ReportingPeriod.parse(created.json());
      expect(period).toMatchObject({ code: '2028-H1', dueOn: null });

      const again = await cast.admin.post('/api/v1/reporting-periods', {
        code: '2028-H1',
        label: 'Again',
        startsOn: '2028-01-01',
        endsOn: '2028-06-30',
      });
      expect(again.statusCode).toBe(409);

      const backwards = await cast.admin.patch(`/api/v1/reporting-periods/${period.id}`, {
        endsOn: '2027-12-31',
      });
      expect(backwards.statusCode).toBe(400);

      const patched = await cast.admin.patch(`/api/v1/reporting-periods/${period.id}`, {
        label: 'First half of 2028',
        dueOn: '2028-08-31',
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ label: 'First half of 2028', dueOn: '2028-08-31' });

      expect(
        (
          await cast.dk.post('/api/v1/reporting-periods', {
            code: '2029-H1',
            label: '2029 H1',
            startsOn: '2029-01-01',
            endsOn: '2029-06-30',
          })
        ).statusCode,
      ).toBe(403);
      const audit = await t.prisma.auditEvent.findMany({
        where: { targetId: period.id },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      expect(audit.map((a) => a.action)).toEqual(['reporting_period.created', 'reporting_period.updated']);
    });
  });

  describe('filing', () => {
    it('files a draft for the member’s delegation with a default title, version 1 and a CREATED revision', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });
      expect(report).toMatchObject({
        title: 'Denmark: national report, 2026 H1',
        status: 'DRAFT',
        version: 1,
        delegation: { code: 'dk', name: 'Denmark' },
        period: { code: '2026-H1' },
        measureCount: 2,
        gapCount: 1,
        createdBy: { name: 'Mette Hansen' },
        threadId: null,
        actions: { edit: true, submit: true, withdraw: false, return: false, publish: false, attach: true },
      });
      // Tags in their canonical order, Markdown rendered as posts are.
      expect(report.measures[0]).toMatchObject({
        focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
        uncrcArticles: [3, 19],
      });
      expect(report.summary.html).toContain('<strong>child-friendly justice</strong>');
      const revisions = z
        .array(ReportRevisionSummary)
        .parse((await cast.dk.get(`/api/v1/reports/${report.id}/revisions`)).json());
      expect(revisions).toMatchObject([{ version: 1, event: 'CREATED', status: 'DRAFT' }]);
      expect(
        await t.prisma.auditEvent.count({ where: { action: 'report.created', targetId: report.id } }),
      ).toBe(1);
    });

    it('allows one report per delegation and period (409), while another delegation files its own', async () => {
      await fileReport(cast.dk, { periodId: h1 });
      const second = await cast.dk2.post('/api/v1/reports', { periodId: h1, title: 'Another Danish report' });
      expect(second.statusCode).toBe(409);
      expect(ProblemDetails.parse(second.json()).detail).toMatch(/Denmark already has a report for 2026 H1/);
      await fileReport(cast.ee, { periodId: h1 });
      expect(await t.prisma.nationalReport.count()).toBe(2);
    });

    it('lets only one of two concurrent filings for the same period through', async () => {
      const results = await Promise.all([
        cast.dk.post('/api/v1/reports', { periodId: h1 }),
        cast.dk2.post('/api/v1/reports', { periodId: h1 }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(await t.prisma.nationalReport.count()).toBe(1);
    });

    it('refuses bad input with field errors and files nothing', async () => {
      const unknownPeriod = await cast.dk.post('/api/v1/reports', {
        periodId: '01890a5d-ac96-774b-bcce-b302099a8057',
      });
      expect(unknownPeriod.statusCode).toBe(400);
      expect(ProblemDetails.parse(unknownPeriod.json()).errors).toEqual([
        expect.objectContaining({ pointer: '/periodId', code: 'unknown_period' }),
      ]);
      const unknownArea = await cast.dk.post('/api/v1/reports', {
        periodId: h1,
        ...SAMPLE_CONTENT,
        gaps: [{ kind: 'SERVICES', focusArea: 'NO_SUCH_AREA', description: 'Something' }],
      });
      expect(unknownArea.statusCode).toBe(400);
      expect(ProblemDetails.parse(unknownArea.json()).errors).toEqual([
        expect.objectContaining({ pointer: '/gaps/0/focusArea', code: 'unknown_focus_area' }),
      ]);
      const neither = await cast.dk.post('/api/v1/reports', { title: 'No period at all' });
      expect(neither.statusCode).toBe(400);
      expect(ProblemDetails.parse(neither.json()).errors?.[0]?.pointer).toBe('/periodId');
      expect(await t.prisma.nationalReport.count()).toBe(0);
      expect(await t.prisma.reportRevision.count()).toBe(0);
    });

    it('is for delegates and the chair: observers and the secretariat get 403', async () => {
      expect((await cast.observer.post('/api/v1/reports', { periodId: h1 })).statusCode).toBe(403);
      expect((await cast.admin.post('/api/v1/reports', { periodId: h1 })).statusCode).toBe(403);
      const chairs = await fileReport(cast.chair, { periodId: h1 });
      expect(chairs.delegation.code).toBe('fi');
    });
  });

  describe('visibility', () => {
    it('follows the status and the reader’s role; another delegation’s draft is a 404', async () => {
      const draft = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2025-H2') });
      const submitted = await fileReport(cast.dk, { periodId: h1 });
      await step(cast.dk, submitted.id, 'submit');
      const published = await fileReport(cast.dk, { periodId: await periodId(t.prisma, '2025-H1') });
      await step(cast.dk, published.id, 'submit');
      await step(cast.admin, published.id, 'publish');

      const expected: Record<string, Record<keyof ReportCast['ids'], number>> = {
        [draft.id]: { dk: 200, dk2: 200, ee: 404, chair: 404, observer: 404, admin: 200 },
        [submitted.id]: { dk: 200, dk2: 200, ee: 404, chair: 200, observer: 404, admin: 200 },
        [published.id]: { dk: 200, dk2: 200, ee: 200, chair: 200, observer: 200, admin: 200 },
      };
      for (const [id, byRole] of Object.entries(expected)) {
        for (const [role, status] of Object.entries(byRole)) {
          const client = cast[role as keyof ReportCast['ids']];
          const paths = [
            `/api/v1/reports/${id}`,
            `/api/v1/reports/${id}/revisions`,
            `/api/v1/reports/${id}/revisions/1`,
          ];
          for (const path of paths) {
            const response = await client.get(path);
            expect({ role, path, status: response.statusCode }).toEqual({ role, path, status });
          }
          // The list shows exactly what the reader may open.
          const listed = ReportPage.parse((await client.get('/api/v1/reports')).json()).items.map(
            (r) => r.id,
          );
          expect({ role, listed: listed.includes(id) }).toEqual({ role, listed: status === 200 });
        }
      }
      // The chair's own delegation's draft is the chair's to see.
      const finnish = await fileReport(cast.chair, { periodId: h1 });
      expect((await cast.chair.get(`/api/v1/reports/${finnish.id}`)).statusCode).toBe(200);
      expect((await cast.dk.get(`/api/v1/reports/${finnish.id}`)).statusCode).toBe(404);
    });

    it('lists newest period first, then by delegation name, in pages, with filters', async () => {
      const h2025 = await periodId(t.prisma, '2025-H2');
      const ids: Record<string, string> = {};
      for (const [client, code, period] of [
        [cast.ee, 'ee-2025', h2025],
        [cast.dk, 'dk-2026', h1],
        [cast.ee, 'ee-2026', h1],
        [cast.dk, 'dk-2025', h2025],
      ] as const) {
        const report = await fileReport(client, { periodId: period });
        await step(client, report.id, 'submit');
        await step(cast.admin, report.id, 'publish');
        ids[code] = report.id;
      }
      const first = ReportPage.parse((await cast.observer.get('/api/v1/reports?limit=3')).json());
      expect(first.items.map((r) => r.id)).toEqual([ids['dk-2026'], ids['ee-2026'], ids['dk-2025']]);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = ReportPage.parse(
        (await cast.observer.get(`/api/v1/reports?limit=3&cursor=${first.nextCursor}`)).json(),
      );
      expect(second.items.map((r) => r.id)).toEqual([ids['ee-2025']]);
      expect(second.nextCursor).toBeNull();

      const filtered = ReportPage.parse(
        (await cast.observer.get('/api/v1/reports?period=2025-h2&delegation=DK')).json(),
      );
      expect(filtered.items.map((r) => r.id)).toEqual([ids['dk-2025']]);
      expect((await cast.observer.get('/api/v1/reports?cursor=nonsense')).statusCode).toBe(400);
    });
  });

  describe('saving', () => {
    const save = (client: Browser, id: string, version: number, changes: Record<string, unknown> = {}) =>
      client.put(`/api/v1/reports/${id}`, {
        title: 'Denmark: national report, 2026 H1',
        ...SAMPLE_CONTENT,
        ...changes,
        version,
      });

    it('saves the whole content, bumps the version and keeps a SAVED revision', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      const response = await save(cast.dk2, report.id, 1);
      expect(response.statusCode).toBe(200);
      const saved = ReportDetail.parse(response.json());
      expect(saved).toMatchObject({
        version: 2,
        measureCount: 2,
        gapCount: 1,
        updatedBy: { name: 'Søren Nielsen' },
      });
      expect(saved.gaps[0]).toMatchObject({ kind: 'CAPACITY', focusArea: 'ALTERNATIVE_CARE' });
      const revision = ReportRevisionDetail.parse(
        (await cast.dk.get(`/api/v1/reports/${report.id}/revisions/2`)).json(),
      );
      expect(revision).toMatchObject({ version: 2, event: 'SAVED', createdBy: { name: 'Søren Nielsen' } });
      expect(revision.content.measures.map((m) => m.title)).toEqual([
        'Barnehus act amended',
        'Foster carer training',
      ]);
    });

    it('refuses a stale save with 409 and the current version, and changes nothing', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      expect((await save(cast.dk, report.id, 1, { summary: 'Mette’s words.' })).statusCode).toBe(200);
      const stale = await save(cast.dk2, report.id, 1, { summary: 'Søren’s words.', measures: [] });
      expect(stale.statusCode).toBe(409);
      expect(ProblemDetails.parse(stale.json())).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const now = await detailOf(cast.dk, report.id);
      expect(now).toMatchObject({ version: 2, measureCount: 2 });
      expect(now.summary.markdown).toBe('Mette’s words.');
      expect(await t.prisma.reportRevision.count({ where: { reportId: report.id } })).toBe(2);
    });

    it('lets only one of two concurrent saves of the same version through', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      const results = await Promise.all([
        save(cast.dk, report.id, 1, { summary: 'First' }),
        save(cast.dk2, report.id, 1, { summary: 'Second' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect((await detailOf(cast.dk, report.id)).version).toBe(2);
      expect(await t.prisma.reportRevision.count({ where: { reportId: report.id } })).toBe(2);
    });

    it('refuses unknown focus areas with field errors and keeps the report as it was', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });
      const response = await save(cast.dk, report.id, 1, {
        summary: 'Changed',
        measures: [{ ...SAMPLE_CONTENT.measures[0], focusAreas: ['CHILD_RIGHTS', 'MADE_UP'] }],
      });
      expect(response.statusCode).toBe(400);
      expect(ProblemDetails.parse(response.json()).errors).toEqual([
        expect.objectContaining({ pointer: '/measures/0/focusAreas/1', code: 'unknown_focus_area' }),
      ]);
      const now = await detailOf(cast.dk, report.id);
      expect(now).toMatchObject({ version: 1, measureCount: 2 });
      expect(now.summary.markdown).toBe(SAMPLE_CONTENT.summary);
    });

    it('is the delegation’s: others get 404 (cannot see) or 403 (role), and 409 once submitted', async () => {
      const report = await fileReport(cast.dk, { periodId: h1 });
      expect((await save(cast.ee, report.id, 1)).statusCode).toBe(404);
      expect((await save(cast.admin, report.id, 1)).statusCode).toBe(403);
      expect((await save(cast.observer, report.id, 1)).statusCode).toBe(403);
      await step(cast.dk, report.id, 'submit');
      expect((await save(cast.chair, report.id, 2)).statusCode).toBe(403);
      expect((await save(cast.dk, report.id, 2)).statusCode).toBe(409);
    });
  });

  describe('revisions', () => {
    it('lists every version newest first and compares two word by word, tags included', async () => {
      const report = await fileReport(cast.dk, { periodId: h1, ...SAMPLE_CONTENT });
      const put = (version: number, changes: Record<string, unknown>) =>
        cast.dk.put(`/api/v1/reports/${report.id}`, {
          ...SAMPLE_CONTENT,
          title: report.title,
          ...changes,
          version,
        });
      expect(
        (
          await put(1, {
            summary:
              'Denmark strengthened **child-friendly justice** across every region.\n\nA second paragraph.',
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (
          await put(2, {
            summary:
              'Denmark strengthened **child-friendly justice** across every region.\n\nA second paragraph.',
            measures: [{ ...SAMPLE_CONTENT.measures[0], focusAreas: ['CHILD_RIGHTS', 'MIGRANT_CHILDREN'] }],
          })
        ).statusCode,
      ).toBe(200);
      await step(cast.dk, report.id, 'submit');

      const list = z
        .array(ReportRevisionSummary)
        .parse((await cast.chair.get(`/api/v1/reports/${report.id}/revisions`)).json());
      expect(list.map((r) => [r.version, r.event, r.status])).toEqual([
        [4, 'SUBMITTED', 'SUBMITTED'],
        [3, 'SAVED', 'DRAFT'],
        [2, 'SAVED', 'DRAFT'],
        [1, 'CREATED', 'DRAFT'],
      ]);
      expect(list[0]?.createdBy?.name).toBe('Mette Hansen');

      const response = await cast.chair.get(`/api/v1/reports/${report.id}/diff?from=1&to=3`);
      expect(response.statusCode).toBe(200);
      const diff = ReportDiff.parse(response.json());
      expect(diff.from.version).toBe(1);
      expect(diff.to.version).toBe(3);
      const section = (key: string) => diff.sections.find((s) => s.key === key);
      expect(diff.sections.map((s) => s.key)).toEqual([
        'title',
        'summary',
        'measures',
        'goodPractices',
        'gaps',
        'nextSteps',
      ]);
      expect(section('title')?.changed).toBe(false);
      expect(section('gaps')?.changed).toBe(false);
      const summary = section('summary');
      expect(summary?.changed).toBe(true);
      const text = (key: string, change: string) =>
        section(key)
          ?.parts.filter((p) => p.change === change)
          .map((p) => p.text.trim())
          .join(' ');
      expect(text('summary', 'REMOVED')).toContain('this half-year');
      expect(text('summary', 'ADDED')).toContain('across every region');
      // Tag changes and a removed measure show in the measures' text.
      expect(text('measures', 'ADDED')).toContain('Migrant children');
      expect(text('measures', 'REMOVED')).toContain('Protection from sexual abuse');
      expect(text('measures', 'REMOVED')).toContain('Foster carer training');

      expect((await cast.chair.get(`/api/v1/reports/${report.id}/diff?from=1&to=9`)).statusCode).toBe(404);
      expect((await cast.ee.get(`/api/v1/reports/${report.id}/diff?from=1&to=3`)).statusCode).toBe(404);
      expect((await cast.chair.get(`/api/v1/reports/${report.id}/diff?from=x&to=3`)).statusCode).toBe(400);
    });
  });
});
