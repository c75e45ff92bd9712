import type { ReportDetail, ReportingPeriod } from '@egcc/contracts';
import { docxHtml, docxText, expectInOrder, pdfText } from '../../../test/support/export-text';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';
import { compilationDocument, exportNames, reportDocument } from './report-outline';

const names = exportNames({
  focusAreas: [
    { code: 'barnahus', name: 'Barnahus and child-friendly justice' },
    { code: 'trafficking', name: 'Trafficking and exploitation' },
  ],
  measureKinds: [
    { code: 'LEGISLATIVE', name: 'Legislative', description: '' },
    { code: 'POLITICAL', name: 'Political', description: '' },
    { code: 'ADMINISTRATIVE', name: 'Administrative', description: '' },
  ],
  gapKinds: [
    { code: 'SERVICES', name: 'Services', description: '' },
    { code: 'EXPERTISE', name: 'Expertise', description: '' },
    { code: 'CAPACITY', name: 'Capacity', description: '' },
  ],
  uncrcArticles: [
    { number: 19, title: 'Protection from violence' },
    { number: 34, title: 'Sexual exploitation' },
  ],
});

const period: ReportingPeriod = {
  id: '0190a000-0000-7000-8000-000000000001',
  code: '2026-H1',
  label: '2026 H1',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  dueOn: null,
};

const text = (markdown: string) => ({ markdown, html: '' });

function report(code: string, name: string, overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: `0190a000-0000-7000-8000-0000000000${code.charCodeAt(0)}`,
    title: `${name}: national report, 2026 H1`,
    status: 'PUBLISHED',
    version: 3,
    delegation: { id: '0190a000-0000-7000-8000-000000000100', code, name },
    period,
    meeting: null,
    measureCount: 1,
    gapCount: 1,
    updatedAt: '2026-05-01T10:00:00.000Z',
    submittedAt: '2026-05-01T10:00:00.000Z',
    publishedAt: '2026-05-03T10:00:00.000Z',
    summary: text(`Summary of ${name}: **Barnahus** opened in Kaunas and Šiauliai.`),
    measures: [
      {
        kind: 'LEGISLATIVE',
        status: 'IN_FORCE',
        title: `Child-friendly interviews in ${name}`,
        description: text('- Interviews recorded once\n- Judges trained'),
        focusAreas: ['barnahus'],
        uncrcArticles: [19, 34],
      },
    ],
    goodPractices: text('Joint training of police and *child protection* staff.'),
    gaps: [
      { kind: 'CAPACITY', focusArea: 'trafficking', description: text('Too few interpreters for Dari.') },
    ],
    nextSteps: text('1. Evaluate the pilot\n2. Extend to all regions'),
    createdBy: null,
    updatedBy: null,
    submittedBy: null,
    publishedBy: null,
    returnedAt: null,
    comments: [],
    attachments: [
      {
        id: '0190a000-0000-7000-8000-000000000200',
        fileName: 'Statistika-2026-ąčęėįšųūž.pdf',
        contentType: 'application/pdf',
        sizeBytes: 245_000,
        uploadedBy: null,
        createdAt: '2026-05-01T10:00:00.000Z',
        downloadUrl: '/attachments/x',
      },
    ],
    threadId: null,
    actions: { edit: false, submit: false, withdraw: false, return: false, publish: false, attach: false },
    ...overrides,
  };
}

const SECTION_ORDER = [
  'Summary',
  'Summary of Lietuva',
  'Measures taken',
  'Child-friendly interviews in Lietuva',
  'Legislative',
  'In force',
  'Barnahus and child-friendly justice',
  'Art. 19 (Protection from violence)',
  'Interviews recorded once',
  'Good practices',
  'Joint training of police and child protection staff.',
  'Gaps',
  'Gap 1: Capacity, Trafficking and exploitation',
  'Too few interpreters for Dari.',
  'Next steps',
  'Evaluate the pilot',
  'Attachments',
  'Statistika-2026-ąčęėįšųūž.pdf',
];

// Rendering and reading back documents takes a while on a busy machine.
jest.setTimeout(30_000);

describe('report export', () => {
  const lithuania = report('lt', 'Lietuva', {
    title: 'Lietuvos Respublika, Ø, ł: national report',
  });

  it('writes a PDF with every section in order, names from the reference tables and Latin Extended text', async () => {
    const pdf = await renderPdf(reportDocument(lithuania, names));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, info } = await pdfText(pdf);
    expectInOrder(text, ['Lietuvos Respublika, Ø, ł: national report', 'Delegation', 'Lietuva', '2026 H1']);
    expectInOrder(text, SECTION_ORDER);
    expect(text).toContain('Šiauliai');
    expect(text).toMatch(/EGCC — 2026 H1 — page 1 of \d/);
    expect(info['Title']).toBe('Lietuvos Respublika, Ø, ł: national report');
    expect(info['Author']).toBe('Expert Group for Cooperation on Children at Risk');
  });

  it('writes a DOCX with every section in order', async () => {
    const docx = await renderDocx(reportDocument(lithuania, names));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(docx);
    expectInOrder(text, ['Lietuvos Respublika, Ø, ł: national report', 'Delegation', 'Lietuva', '2026 H1']);
    expectInOrder(text, SECTION_ORDER);
  });

  it('writes sections as Word headings, so that the navigation pane lists them', async () => {
    const docx = await renderDocx(reportDocument(lithuania, names));
    const html = await docxHtml(docx);
    expect(html).toContain('<h1>Lietuvos Respublika, Ø, ł: national report</h1>');
    for (const section of [
      'Summary',
      'Measures taken',
      'Good practices',
      'Gaps',
      'Next steps',
      'Attachments',
    ]) {
      expect(html).toContain(`<h2>${section}</h2>`);
    }
    expect(html).toContain('<h3>1. Child-friendly interviews in Lietuva</h3>');
  });

  it('says "Not reported." for every empty section', async () => {
    const empty = report('ee', 'Eesti', {
      summary: text(''),
      measures: [],
      goodPractices: text('   '),
      gaps: [],
      nextSteps: text(''),
      attachments: [],
    });
    const notReported = [
      'Summary',
      'Not reported.',
      'Measures taken',
      'Not reported.',
      'Good practices',
      'Not reported.',
      'Gaps',
      'Not reported.',
      'Next steps',
      'Not reported.',
    ];
    expectInOrder((await pdfText(await renderPdf(reportDocument(empty, names)))).text, notReported);
    expectInOrder(await docxText(await renderDocx(reportDocument(empty, names))), notReported);
  });

  it('prints member text as text, never as markup', async () => {
    const tricky = report('dk', 'Danmark', {
      summary: text('<b>not bold</b> {"text": "x"} [link](javascript:alert(1)) æ ø å'),
    });
    // markdown-it refuses the javascript: link, so it stays as the characters typed.
    const expected = ['<b>not bold</b> {"text": "x"} [link](javascript:alert(1)) æ ø å'];
    expectInOrder((await pdfText(await renderPdf(reportDocument(tricky, names)))).text, expected);
    expectInOrder(await docxText(await renderDocx(reportDocument(tricky, names))), expected);
  });

  describe('regional compilation', () => {
    const reports = [
      report('se', 'Sverige'),
      report('de', 'Deutschland', { summary: text('Jugendämter und Gerichte: Straße, Größe.') }),
      report('pl', 'Polska', { summary: text('Rzecznik Praw Dziecka: łódź, źródło, żółć.') }),
      report('is', 'Ísland', { summary: text('Barnahús í Reykjavík; þjónusta, ð.') }),
      report('hu', 'Magyarország', { summary: text('Gyermekvédelmi törvény, hő és ő.') }),
    ];
    const delegationOrder = ['Deutschland', 'Ísland', 'Magyarország', 'Polska', 'Sverige'];

    it('has a cover, a table of contents and every report in delegation order, as PDF', async () => {
      const pdf = await renderPdf(
        compilationDocument(period, reports, names, new Date('2026-07-01T00:00:00Z')),
      );
      const { text, info, outline } = await pdfText(pdf);
      // The reader's bookmarks: the cover, then each report with its sections.
      expect(outline.map((item) => item.title)).toEqual(['National reports: 2026 H1', ...delegationOrder]);
      expect(outline[1]?.items.map((item) => item.title)).toEqual([
        'Summary',
        'Measures taken',
        'Good practices',
        'Gaps',
        'Next steps',
        'Attachments',
      ]);
      expectInOrder(text, [
        'National reports: 2026 H1',
        'Regional compilation',
        'Published reports',
        '5',
        'Contents',
      ]);
      // The table of contents, with the page each report starts on.
      const contents = text.slice(text.indexOf('Contents'));
      expectInOrder(
        contents,
        delegationOrder.map((name) => name),
      );
      expect(contents).toMatch(/Deutschland\s*\d+/);
      // Then the reports themselves, each complete, in the same order.
      const body = text.slice(text.indexOf('Sverige', text.indexOf('Contents')) + 'Sverige'.length);
      expectInOrder(
        body,
        delegationOrder.flatMap((name) => [
          name,
          'Summary',
          'Measures taken',
          'Good practices',
          'Gaps',
          'Next steps',
        ]),
      );
      expect(body).toContain('Straße, Größe');
      expect(body).toContain('łódź, źródło, żółć');
      expect(body).toContain('þjónusta, ð');
      expect(body).toContain('hő és ő');
      expect(text).toMatch(/EGCC — 2026 H1 — page \d+ of \d+/);
      expect(info['Title']).toBe('EGCC national reports: 2026 H1');
    });

    it('has the table of contents as links to each report, and every report in delegation order, as DOCX', async () => {
      const docx = await renderDocx(compilationDocument(period, reports, names));
      const text = await docxText(docx);
      expectInOrder(text, ['National reports: 2026 H1', 'Contents', ...delegationOrder]);
      const body = text.slice(text.indexOf('Sverige', text.indexOf('Contents')) + 'Sverige'.length);
      expectInOrder(
        body,
        delegationOrder.flatMap((name) => [
          name,
          'Summary',
          'Measures taken',
          'Good practices',
          'Gaps',
          'Next steps',
        ]),
      );
      const html = await docxHtml(docx);
      expect(html).toContain('<a href="#report_1">Deutschland</a>');
      expect(html).toContain('<h1><a id="report_1"></a>Deutschland</h1>');
    });

    it('says so when nothing has been published yet', async () => {
      const document = compilationDocument(period, [], names);
      const expected = ['National reports: 2026 H1', 'No report has been published for this period yet.'];
      expectInOrder((await pdfText(await renderPdf(document))).text, expected);
      expectInOrder(await docxText(await renderDocx(document)), expected);
    });

    it('renders eleven reports in well under a few seconds', async () => {
      const eleven = Array.from({ length: 11 }, (_, index) => report(`d${index}`, `Delegation ${index + 1}`));
      // Warm (fonts are read on first use), then count the processor time the renderers use,
      // which other work on a busy machine does not inflate as it does the wall clock.
      await renderPdf(reportDocument(eleven[0] as ReportDetail, names));
      const started = process.cpuUsage();
      const [pdf, docx] = await Promise.all([
        renderPdf(compilationDocument(period, eleven, names)),
        renderDocx(compilationDocument(period, eleven, names)),
      ]);
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000).toBeLessThan(2000);
      expect((await pdfText(pdf)).pages).toBeGreaterThanOrEqual(12);
      expect(await docxText(docx)).toContain('Delegation 11');
    });
  });
});
