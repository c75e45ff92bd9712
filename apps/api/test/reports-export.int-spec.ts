import { docxHtml, docxText, expectInOrder, pdfText } from './support/export-text';
import { fileReport, periodId, reportCast, type ReportCast, SAMPLE_CONTENT, step } from './support/reports';
import { createTestApp, type TestApp } from './support/test-app';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What a reader of the exported report sees, section by section. */
const SECTIONS_IN_ORDER = [
  'Summary',
  'Denmark strengthened child-friendly justice this half-year.',
  'Measures taken',
  '1. Barnehus act amended',
  'Legislative',
  'Adopted',
  'Child rights, including child-friendly justice; Protection from sexual abuse and exploitation',
  'Children’s houses now cover all regions.',
  '2. Foster carer training',
  'Administrative',
  'Planned',
  'Children in alternative care',
  'Good practices',
  'Joint interviews in one place.',
  'Gaps',
  'Gap 1: Capacity, Children in alternative care',
  'Too few foster families.',
  'Next steps',
  'Evaluate the reform in 2027.',
];

describe('report export', () => {
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

  const published = async (
    client = cast.dk,
    title = 'Danmark: Børn og unge, Ø, ł, ž',
    content = SAMPLE_CONTENT,
  ) => {
    const report = await fileReport(client, { ...content, title, periodId: h1 });
    await step(client, report.id, 'submit');
    return step(cast.admin, report.id, 'publish');
  };

  // Filing, publishing, rendering and reading back PDFs: slow on a busy machine.
  jest.setTimeout(60_000);

  it('sends a published report to an observer as a PDF attachment with every section in order', async () => {
    const report = await published();
    const response = await cast.observer.get(`/api/v1/reports/${report.id}/export?format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(PDF);
    expect(response.headers['content-disposition']).toBe('attachment; filename="egcc-dk-2026-H1.pdf"');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const { text, info } = await pdfText(response.rawPayload);
    expectInOrder(text, ['Danmark: Børn og unge, Ø, ł, ž', 'Delegation', 'Denmark', '2026 H1', 'Published']);
    expectInOrder(text, SECTIONS_IN_ORDER);
    expect(text).toMatch(/EGCC — 2026 H1 — page 1 of \d+/);
    expect(info).toMatchObject({
      Title: 'Danmark: Børn og unge, Ø, ł, ž',
      Author: 'Expert Group for Cooperation on Children at Risk',
    });
  });

  it('sends it as a Word document with the same sections, as Word headings', async () => {
    const report = await published();
    const response = await cast.observer.get(`/api/v1/reports/${report.id}/export?format=DOCX`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toBe('attachment; filename="egcc-dk-2026-H1.docx"');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expectInOrder(await docxText(response.rawPayload), [
      'Danmark: Børn og unge, Ø, ł, ž',
      ...SECTIONS_IN_ORDER,
    ]);
    const html = await docxHtml(response.rawPayload);
    expect(html).toContain('<h2>Measures taken</h2>');
    expect(html).toContain('<h3>1. Barnehus act amended</h3>');
  });

  it('is a PDF unless told otherwise, and an unknown format is a 400', async () => {
    const report = await published();
    const plain = await cast.dk.get(`/api/v1/reports/${report.id}/export`);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe(PDF);
    expect(plain.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const odt = await cast.dk.get(`/api/v1/reports/${report.id}/export?format=odt`);
    expect(odt.statusCode).toBe(400);
    expect(odt.json()).toMatchObject({
      errors: [expect.objectContaining({ in: 'query', pointer: '/format' })],
    });
  });

  it('exports a draft to its own delegation and the secretariat; to anyone else it does not exist', async () => {
    const draft = await fileReport(cast.ee, { ...SAMPLE_CONTENT, title: 'Eesti: mustand', periodId: h1 });
    for (const client of [cast.ee, cast.admin]) {
      const response = await client.get(`/api/v1/reports/${draft.id}/export?format=docx`);
      expect(response.statusCode).toBe(200);
      expectInOrder(await docxText(response.rawPayload), [
        'Eesti: mustand',
        'Status',
        'Draft',
        'Not published',
      ]);
    }
    for (const client of [cast.dk, cast.observer, cast.chair]) {
      const response = await client.get(`/api/v1/reports/${draft.id}/export?format=pdf`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-disposition']).toBeUndefined();
    }
    // Submitted, the chair may see it too.
    await step(cast.ee, draft.id, 'submit');
    expect((await cast.chair.get(`/api/v1/reports/${draft.id}/export`)).statusCode).toBe(200);
    expect((await cast.dk.get(`/api/v1/reports/${draft.id}/export`)).statusCode).toBe(404);
  });

  it('compiles only the period’s published reports, by delegation, with a table of contents', async () => {
    await published(cast.dk);
    await published(cast.chair, 'Suomi: kansallinen raportti, ä ö å', {
      ...SAMPLE_CONTENT,
      summary: 'Lastensuojelu ja Barnahus-malli: *Lasten talo* Tampereella.',
    });
    // Estonia's submitted report stays out, even for those who may read it (Estonia, the chair).
    const pending = await fileReport(cast.ee, { ...SAMPLE_CONTENT, title: 'Eesti: mustand', periodId: h1 });
    expect((await step(cast.ee, pending.id, 'submit')).status).toBe('SUBMITTED');

    const pdf = await cast.observer.get('/api/v1/reporting-periods/2026-h1/compilation?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe(PDF);
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="egcc-compilation-2026-H1.pdf"');
    expect(pdf.headers['cache-control']).toBe('private, no-store');
    const { text } = await pdfText(pdf.rawPayload);
    expectInOrder(text, [
      'National reports: 2026 H1',
      'Published reports',
      '2',
      'Contents',
      'Denmark',
      'Finland',
    ]);
    const body = text.slice(text.indexOf('Finland') + 'Finland'.length);
    expectInOrder(body, [
      'Denmark',
      'Danmark: Børn og unge, Ø, ł, ž',
      'Summary',
      'Next steps',
      'Finland',
      'Suomi: kansallinen raportti, ä ö å',
      'Lastensuojelu ja Barnahus-malli: Lasten talo Tampereella.',
      'Next steps',
    ]);
    expect(text).not.toContain('Eesti: mustand');
    expect(text).not.toContain('Estonia');

    for (const client of [cast.observer, cast.ee, cast.chair]) {
      const docx = await client.get('/api/v1/reporting-periods/2026-H1/compilation?format=docx');
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toBe(DOCX);
      expect(docx.headers['content-disposition']).toBe(
        'attachment; filename="egcc-compilation-2026-H1.docx"',
      );
      const words = await docxText(docx.rawPayload);
      expectInOrder(words, ['Contents', 'Denmark', 'Finland', 'Denmark', 'Summary', 'Finland', 'Summary']);
      expect(words).not.toContain('Eesti: mustand');
      expect(words).not.toContain('Estonia');
      expect(await docxHtml(docx.rawPayload)).toContain('<a href="#report_2">Finland</a>');
    }
  }, 60_000);

  it('compiles a period without published reports with a note, and an unknown period is a 404', async () => {
    // A draft is not in it, even for its own delegation.
    const period = await periodId(t.prisma, '2025-H2');
    await fileReport(cast.ee, { ...SAMPLE_CONTENT, title: 'Eesti: mustand 2025', periodId: period });
    const empty = await cast.ee.get('/api/v1/reporting-periods/2025-H2/compilation?format=docx');
    expect(empty.statusCode).toBe(200);
    const text = await docxText(empty.rawPayload);
    expectInOrder(text, ['National reports: 2025 H2', 'No report has been published for this period yet.']);
    expect(text).not.toContain('Eesti');
    expect((await cast.observer.get('/api/v1/reporting-periods/1999-H1/compilation')).statusCode).toBe(404);
    expect((await cast.observer.get('/api/v1/reporting-periods/x/compilation')).statusCode).toBe(400);
  });
});
