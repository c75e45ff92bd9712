import {
  ATTACHMENT_MAX_BYTES,
  AttachmentView,
  ProblemDetails,
  ThreadDetail,
  ThreadWithPosts,
} from '@egcc/contracts';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { attachmentsDir } from '../src/attachments/attachments.module';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

// --- tiny real files -------------------------------------------------------------------------

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/' +
    'wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');

const CONTENT_TYPES = (main: string, part: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="${part}" ContentType="${main}"/></Types>`;

async function zip(entries: Record<string, string>): Promise<Buffer> {
  const archive = new JSZip();
  // ODF wants "mimetype" first and uncompressed; insertion order is kept.
  for (const [name, text] of Object.entries(entries))
    archive.file(name, text, { compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  return archive.generateAsync({ type: 'nodebuffer' });
}

const docx = async () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Measures taken in 2026')] }] }));
const xlsx = () =>
  zip({
    '[Content_Types].xml': CONTENT_TYPES(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/workbook.xml',
    ),
    'xl/workbook.xml': '<workbook/>',
  });
const pptx = () =>
  zip({
    '[Content_Types].xml': CONTENT_TYPES(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
      '/ppt/presentation.xml',
    ),
    'ppt/presentation.xml': '<presentation/>',
  });
const docm = () =>
  zip({
    '[Content_Types].xml': CONTENT_TYPES(
      'application/vnd.ms-word.document.macroEnabled.main+xml',
      '/word/document.xml',
    ),
    'word/document.xml': '<document/>',
    'word/vbaProject.bin': 'macros',
  });
const odt = () =>
  zip({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'content.xml': '<office:document-content/>',
    'META-INF/manifest.xml': '<manifest/>',
  });
const plainZip = () => zip({ 'notes.txt': 'just a zip' });

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A multipart/form-data body with one file, as a browser's FormData sends it. */
function multipart(fileName: string, bytes: Buffer, type = 'application/octet-stream', field = 'file') {
  const boundary = `----egcc${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(client: Browser, url: string, fileName: string, bytes: Buffer, type?: string) {
  const body = multipart(fileName, bytes, type);
  return client.request('POST', url, body.payload, body.headers);
}

describe('attachments', () => {
  let t: TestApp;
  let dane: Browser; // delegate of Denmark
  let daneId: string;
  let estonian: Browser; // delegate of Estonia
  let chair: Browser; // chair, of Finland
  let admin: Browser;
  let observer: Browser;
  let reportId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.resetData();
    await rm(attachmentsDir(t.config), { recursive: true, force: true });
    const d = await createMember(t.prisma, { name: 'Mette Hansen', delegation: 'dk' });
    daneId = d.id;
    dane = await browser(t.app).signIn(d.email);
    estonian = await browser(t.app).signIn((await createMember(t.prisma, { delegation: 'ee' })).email);
    chair = await browser(t.app).signIn(
      (await createMember(t.prisma, { roles: ['CHAIR', 'DELEGATE'], delegation: 'fi' })).email,
    );
    admin = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['ADMIN'] })).email);
    observer = await browser(t.app).signIn((await createMember(t.prisma, { roles: ['OBSERVER'] })).email);
    const denmark = await t.prisma.delegation.findUniqueOrThrow({ where: { code: 'dk' } });
    // Periods are reference data, seeded.
    const period = await t.prisma.reportingPeriod.findFirstOrThrow({ orderBy: { startsOn: 'desc' } });
    reportId = (
      await t.prisma.nationalReport.create({
        data: { delegationId: denmark.id, periodId: period.id, title: 'Denmark 2026 H2', createdById: d.id },
      })
    ).id;
  });

  const reportFiles = () => `/api/v1/reports/${reportId}/attachments`;
  const setStatus = (status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED') =>
    t.prisma.nationalReport.update({ where: { id: reportId }, data: { status } });

  /** Every file under the attachments directory, however deep. */
  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(attachmentsDir(t.config), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  async function attach(client: Browser, fileName: string, bytes: Buffer) {
    const response = await upload(client, reportFiles(), fileName, bytes);
    expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status: 201 });
    return AttachmentView.parse(response.json());
  }

  describe('type checks by content', () => {
    it.each([
      ['report.pdf', 'application/pdf', () => Promise.resolve(PDF)],
      ['photo.png', 'image/png', () => Promise.resolve(PNG)],
      ['photo.jpg', 'image/jpeg', () => Promise.resolve(JPEG)],
      ['measures.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
      ['figures.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx],
      ['slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', pptx],
      ['measures.odt', 'application/vnd.oasis.opendocument.text', odt],
    ])('takes %s as %s, and gives back the same bytes', async (fileName, contentType, make) => {
      const bytes = await make();
      const attachment = await attach(dane, fileName, bytes);
      expect(attachment).toMatchObject({
        fileName,
        contentType,
        sizeBytes: bytes.length,
        uploadedBy: { id: daneId, name: 'Mette Hansen' },
        downloadUrl: `/api/v1/attachments/${attachment.id}/download`,
      });
      const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
      expect(row).toMatchObject({ reportId, sha256: sha256(bytes), uploadedById: daneId });
      // Stored under a random key, never the member's file name.
      expect(row.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(await storedFiles()).toEqual([row.storageKey]);

      const download = await dane.get(attachment.downloadUrl);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe(contentType);
      expect(sha256(download.rawPayload)).toBe(sha256(bytes));
      expect(
        await t.prisma.auditEvent.count({
          where: { action: 'attachment.added', targetId: attachment.id, actorId: daneId },
        }),
      ).toBe(1);
    });

    it.each([
      ['an .exe named report.pdf', 'report.pdf', () => Promise.resolve(EXE), 'application/pdf'],
      ['an HTML page named report.pdf', 'report.pdf', () => Promise.resolve(HTML), 'application/pdf'],
      [
        'a macro-enabled DOCM named .docx',
        'measures.docx',
        docm,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'a plain ZIP named .xlsx',
        'figures.xlsx',
        plainZip,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ])(
      'refuses %s with 415, naming what is allowed, and keeps nothing',
      async (_case, fileName, make, claimed) => {
        const response = await upload(dane, reportFiles(), fileName, await make(), claimed);
        expect(response.statusCode).toBe(415);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        const problem = ProblemDetails.parse(response.json());
        expect(problem.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(problem.detail).toMatch(/PDF, DOCX, ODT, XLSX, PPTX, PNG, JPEG/);
        expect(await t.prisma.attachment.count()).toBe(0);
        expect(await storedFiles()).toEqual([]);
      },
    );

    it('keeps a PNG named .docx as what it is: image/png, named .png', async () => {
      const attachment = await attach(dane, 'Budget plan.docx', PNG);
      expect(attachment).toMatchObject({ contentType: 'image/png', fileName: 'Budget plan.png' });
      const download = await dane.get(attachment.downloadUrl);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['content-disposition']).toContain('filename="Budget plan.png"');
    });

    it('strips paths and control characters from the name it keeps, and shortens it to 255 characters', async () => {
      const path = await attach(dane, '..\\..\\windows\\evil\u202Egpj.pdf', PDF);
      expect(path.fileName).toBe('evilgpj.pdf');
      const long = await attach(dane, `${'a'.repeat(300)}.pdf`, PDF);
      expect(long.fileName).toHaveLength(255);
      expect(long.fileName.endsWith('.pdf')).toBe(true);
    });

    it('answers 413 to a file of 20 MB and one byte, and keeps nothing; 20 MB exactly is taken', async () => {
      const tooBig = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1);
      PNG.copy(tooBig);
      const refused = await upload(dane, reportFiles(), 'huge.png', tooBig);
      expect(refused.statusCode).toBe(413);
      expect(ProblemDetails.parse(refused.json())).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        detail: expect.stringMatching(/20 MB/),
      });
      expect(await t.prisma.attachment.count()).toBe(0);
      expect(await storedFiles()).toEqual([]);

      const justRight = await attach(dane, 'big.png', tooBig.subarray(0, ATTACHMENT_MAX_BYTES));
      expect(justRight.sizeBytes).toBe(ATTACHMENT_MAX_BYTES);
    });

    it('answers 400 to an upload without a file or with the file in another field, 415 to one not sent as a form', async () => {
      const wrongField = multipart('report.pdf', PDF, 'application/pdf', 'document');
      expect(
        (await dane.request('POST', reportFiles(), wrongField.payload, wrongField.headers)).statusCode,
      ).toBe(400);
      const empty = await upload(dane, reportFiles(), 'empty.pdf', Buffer.alloc(0));
      expect(empty.statusCode).toBe(400);
      const json = await dane.post(reportFiles(), { file: PDF.toString('base64') });
      expect(json.statusCode).toBe(415);
      expect(await t.prisma.attachment.count()).toBe(0);
    });

    it('is documented as a multipart upload of one file', async () => {
      const document = (await dane.get('/api/docs/openapi.json')).json();
      for (const path of ['/api/v1/reports/{id}/attachments', '/api/v1/posts/{id}/attachments']) {
        expect(document.paths[path].post.requestBody.content['multipart/form-data'].schema).toMatchObject({
          properties: { file: { type: 'string', format: 'binary' } },
        });
      }
    });

    it('refuses an upload without the session’s CSRF token, or from another site, and keeps nothing', async () => {
      const body = multipart('report.pdf', PDF);
      const noToken = await dane.request('POST', reportFiles(), body.payload, {
        ...body.headers,
        'x-csrf-token': '',
      });
      expect(noToken.statusCode).toBe(403);
      const crossSite = await dane.request('POST', reportFiles(), body.payload, {
        ...body.headers,
        origin: 'https://evil.example',
      });
      expect(crossSite.statusCode).toBe(403);
      expect(await t.prisma.attachment.count()).toBe(0);
      expect(await storedFiles()).toEqual([]);
    });
  });

  describe('on reports', () => {
    it('lets only the own delegation attach, and only to a draft', async () => {
      expect((await upload(estonian, reportFiles(), 'x.pdf', PDF)).statusCode).toBe(404);
      expect((await upload(admin, reportFiles(), 'x.pdf', PDF)).statusCode).toBe(403);
      expect((await upload(observer, reportFiles(), 'x.pdf', PDF)).statusCode).toBe(403);
      await setStatus('SUBMITTED');
      const late = await upload(dane, reportFiles(), 'x.pdf', PDF);
      expect(late.statusCode).toBe(409);
      expect(await t.prisma.attachment.count()).toBe(0);
      expect(await storedFiles()).toEqual([]);
    });

    it('serves a draft’s file to its delegation and the secretariat only; to everyone once published', async () => {
      const attachment = await attach(dane, 'report.pdf', PDF);
      const status = async (client: Browser) => (await client.get(attachment.downloadUrl)).statusCode;
      expect(await status(dane)).toBe(200);
      expect(await status(admin)).toBe(200);
      expect(await status(estonian)).toBe(404);
      expect(await status(chair)).toBe(404);
      expect(await status(observer)).toBe(404);
      await setStatus('SUBMITTED');
      expect(await status(chair)).toBe(200);
      expect(await status(observer)).toBe(404);
      await setStatus('PUBLISHED');
      expect(await status(observer)).toBe(200);
      expect(await status(estonian)).toBe(200);
      expect(
        (await dane.get('/api/v1/attachments/00000000-0000-4000-8000-000000000000/download')).statusCode,
      ).toBe(404);
    });

    it('downloads as an attachment, with the exact name in UTF-8, nosniff and no caching', async () => {
      const name = 'Bericht über Kinderschutz – 2026 (Entwurf).pdf';
      const attachment = await attach(dane, name, PDF);
      expect(attachment.fileName).toBe(name);
      const download = await dane.get(attachment.downloadUrl);
      expect(download.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(PDF.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Bericht uber Kinderschutz _ 2026 (Entwurf).pdf"; filename*=UTF-8''${encodeURIComponent(
          name,
        )
          .replace(/\(/g, '%28')
          .replace(/\)/g, '%29')}`,
      );
    });

    it('removes a draft’s file for its delegation only: no longer served, kept for the record, audited', async () => {
      const attachment = await attach(dane, 'report.pdf', PDF);
      const url = `${reportFiles()}/${attachment.id}`;
      expect((await estonian.delete(url)).statusCode).toBe(404);
      expect((await observer.delete(url)).statusCode).toBe(403);
      expect((await dane.delete(`${reportFiles()}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(
        404,
      );
      expect((await dane.delete(url)).statusCode).toBe(204);
      expect((await dane.delete(url)).statusCode).toBe(404);
      expect((await dane.get(attachment.downloadUrl)).statusCode).toBe(404);
      const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
      expect(row.deletedAt).not.toBeNull();
      expect(
        await t.prisma.auditEvent.count({ where: { action: 'attachment.removed', targetId: attachment.id } }),
      ).toBe(1);
    });

    it('keeps a submitted report’s files as they are (409)', async () => {
      const attachment = await attach(dane, 'report.pdf', PDF);
      await setStatus('SUBMITTED');
      expect((await dane.delete(`${reportFiles()}/${attachment.id}`)).statusCode).toBe(409);
      expect((await dane.get(attachment.downloadUrl)).statusCode).toBe(200);
    });
  });

  describe('on posts', () => {
    let threadId: string;
    let postId: string;

    beforeEach(async () => {
      const created = await dane.post('/api/v1/threads', {
        title: 'Foster care capacity',
        body: 'Our figures attached.',
      });
      expect(created.statusCode).toBe(201);
      threadId = ThreadDetail.parse(created.json()).id;
      postId = (await t.prisma.post.findFirstOrThrow({ where: { threadId, number: 1 } })).id;
    });
    const postFiles = () => `/api/v1/posts/${postId}/attachments`;
    const threadPage = async (client: Browser) =>
      ThreadWithPosts.parse((await client.get(`/api/v1/threads/${threadId}`)).json());

    it('lets the author attach files, shown with the post on the thread page to every member', async () => {
      const response = await upload(dane, postFiles(), 'chart.png', PNG);
      expect(response.statusCode).toBe(201);
      const attachment = AttachmentView.parse(response.json());
      const page = await threadPage(observer);
      expect(page.posts[0]?.attachments).toEqual([attachment]);
      expect((await observer.get(attachment.downloadUrl)).statusCode).toBe(200);
      expect((await estonian.get(attachment.downloadUrl)).statusCode).toBe(200);
    });

    it('refuses files from other members (403), observers (403) and on a locked thread (409)', async () => {
      expect((await upload(estonian, postFiles(), 'x.png', PNG)).statusCode).toBe(403);
      expect((await upload(observer, postFiles(), 'x.png', PNG)).statusCode).toBe(403);
      expect((await upload(chair, postFiles(), 'x.png', PNG)).statusCode).toBe(403);
      expect((await chair.post(`/api/v1/threads/${threadId}/lock`)).statusCode).toBe(200);
      const locked = await upload(dane, postFiles(), 'x.png', PNG);
      expect(locked.statusCode).toBe(409);
      expect(ProblemDetails.parse(locked.json()).detail).toMatch(/locked/);
      expect(await t.prisma.attachment.count()).toBe(0);
      expect(await storedFiles()).toEqual([]);
    });

    it('keeps a hidden post’s files for the moderators and the author', async () => {
      const attachment = AttachmentView.parse((await upload(dane, postFiles(), 'chart.png', PNG)).json());
      expect(
        (await chair.post(`/api/v1/posts/${postId}/hide`, { reason: 'Names a child.' })).statusCode,
      ).toBe(200);
      expect((await threadPage(estonian)).posts[0]?.attachments).toEqual([]);
      expect((await estonian.get(attachment.downloadUrl)).statusCode).toBe(404);
      expect((await observer.get(attachment.downloadUrl)).statusCode).toBe(404);
      expect((await dane.get(attachment.downloadUrl)).statusCode).toBe(200);
      expect((await chair.get(attachment.downloadUrl)).statusCode).toBe(200);
      expect((await upload(dane, postFiles(), 'more.png', PNG)).statusCode).toBe(409);
    });

    it('lets only the author remove a post’s file', async () => {
      const attachment = AttachmentView.parse((await upload(dane, postFiles(), 'chart.png', PNG)).json());
      const url = `${postFiles()}/${attachment.id}`;
      expect((await estonian.delete(url)).statusCode).toBe(403);
      expect((await observer.delete(url)).statusCode).toBe(403);
      expect((await dane.delete(url)).statusCode).toBe(204);
      expect((await threadPage(dane)).posts[0]?.attachments).toEqual([]);
      expect((await dane.get(attachment.downloadUrl)).statusCode).toBe(404);
    });

    it('shows the files in the post returned by an edit', async () => {
      const attachment = AttachmentView.parse((await upload(dane, postFiles(), 'chart.png', PNG)).json());
      const edited = await dane.patch(`/api/v1/posts/${postId}`, { body: 'Our figures, attached.' });
      expect(edited.json().attachments).toEqual([attachment]);
    });
  });
});
