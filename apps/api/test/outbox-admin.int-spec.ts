import { MailDelivery, OutboxMessageDetail, OutboxPage, ProblemDetails, type Role } from '@egcc/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { PrismaService } from '../src/database/prisma.service';
import type { OutboxStatus } from '../src/generated/prisma/enums';
import { browser, type Browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';

interface MessageOverrides {
  status?: OutboxStatus;
  attempts?: number;
  createdAt?: Date;
  subject?: string;
}

let sequence = 0;
/** An outbox message in any state (factory with overrides). */
async function createMessage(prisma: PrismaService, overrides: MessageOverrides = {}) {
  sequence += 1;
  const status = overrides.status ?? 'PENDING';
  return prisma.outboxMessage.create({
    data: {
      toAddress: `recipient${sequence}@test.example`,
      template: 'test',
      subject: overrides.subject ?? `Message ${sequence}`,
      textBody: `Text of message ${sequence}`,
      htmlBody: `<p>Text of message ${sequence}</p>`,
      status,
      attempts: overrides.attempts ?? (status === 'FAILED' ? 12 : status === 'SENT' ? 1 : 0),
      nextAttemptAt: new Date(Date.now() + 60 * 60_000),
      lastError: status === 'FAILED' ? '550 Mailbox unavailable' : null,
      sentAt: status === 'SENT' ? new Date() : null,
      smtpMessageId: status === 'SENT' ? `<m${sequence}@egcc.example>` : null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = ProblemDetails.parse(response.json());
  expect(problem).toMatchObject({ status, code });
  return problem;
}

describe('the outbox, for the secretariat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAIL_WORKER: 'false' } });
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());

  const signedIn = async (roles: Role[]) =>
    browser(t.app).signIn((await createMember(t.prisma, { roles })).email);

  describe('who may use it', () => {
    type Route = { name: string; call: (client: Browser, id: string) => Promise<LightMyRequestResponse> };
    const routes: Route[] = [
      { name: 'GET /outbox', call: (client) => client.get('/api/v1/outbox') },
      { name: 'GET /outbox/status', call: (client) => client.get('/api/v1/outbox/status') },
      { name: 'GET /outbox/:id', call: (client, id) => client.get(`/api/v1/outbox/${id}`) },
      { name: 'POST /outbox/:id/retry', call: (client, id) => client.post(`/api/v1/outbox/${id}/retry`) },
    ];
    const denied: { who: string; roles: Role[] }[] = [
      { who: 'a delegate', roles: ['DELEGATE'] },
      { who: 'the chair', roles: ['CHAIR', 'DELEGATE'] },
      { who: 'an observer', roles: ['OBSERVER'] },
    ];

    it.each(routes)('$name answers 401 to a visitor', async ({ call }) => {
      const message = await createMessage(t.prisma, { status: 'FAILED' });
      expectProblem(await call(browser(t.app), message.id), 401, 'UNAUTHENTICATED');
    });

    for (const { who, roles } of denied) {
      it.each(routes)(`$name answers 403 to ${who}`, async ({ call }) => {
        const message = await createMessage(t.prisma, { status: 'FAILED' });
        const client = await signedIn(roles);
        expectProblem(await call(client, message.id), 403, 'FORBIDDEN');
        expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
          status: 'FAILED',
          attempts: 12,
        });
        expect(await t.prisma.auditEvent.count({ where: { action: 'mail.retry_requested' } })).toBe(0);
      });
    }

    it.each(routes)('$name is open to an admin', async ({ call }) => {
      const message = await createMessage(t.prisma, { status: 'FAILED' });
      const client = await signedIn(['ADMIN']);
      const response = await call(client, message.id);
      expect(response.statusCode).toBe(200);
    });

    it('refuses a retry without the CSRF token, and changes nothing', async () => {
      const message = await createMessage(t.prisma, { status: 'FAILED' });
      const client = await signedIn(['ADMIN']);
      const response = await client.post(`/api/v1/outbox/${message.id}/retry`, {}, { 'x-csrf-token': '' });
      expectProblem(response, 403, 'FORBIDDEN');
      expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: 'FAILED',
      });
    });
  });

  describe('listing', () => {
    it('lists newest first, page by page, without losing or repeating a message', async () => {
      const base = Date.UTC(2026, 10, 1, 9, 0, 0);
      const created = [];
      for (let i = 0; i < 5; i += 1) {
        created.push(await createMessage(t.prisma, { createdAt: new Date(base + i * 60_000) }));
      }
      // Two at the same instant, split across pages: the id decides, so paging between them is stable.
      created.push(await createMessage(t.prisma, { createdAt: new Date(base + 3 * 60_000) }));
      const expected = [...created]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .map((message) => message.id);

      const client = await signedIn(['ADMIN']);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const response = await client.get(`/api/v1/outbox${query}`);
        expect(response.statusCode).toBe(200);
        const page = OutboxPage.parse(response.json());
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(expected);
    });

    it('filters by status and shows what an admin needs to judge a message', async () => {
      const failed = await createMessage(t.prisma, { status: 'FAILED', subject: 'Invitation' });
      await createMessage(t.prisma, { status: 'SENT' });
      await createMessage(t.prisma, { status: 'PENDING' });
      const client = await signedIn(['ADMIN']);
      const response = await client.get('/api/v1/outbox?status=FAILED');
      expect(response.statusCode).toBe(200);
      const page = OutboxPage.parse(response.json());
      expect(page).toEqual({
        items: [
          {
            id: failed.id,
            toAddress: failed.toAddress,
            template: 'test',
            subject: 'Invitation',
            status: 'FAILED',
            attempts: 12,
            nextAttemptAt: failed.nextAttemptAt.toISOString(),
            lastError: '550 Mailbox unavailable',
            sentAt: null,
            createdAt: failed.createdAt.toISOString(),
          },
        ],
        nextCursor: null,
      });
    });

    it('answers 400 to a cursor it did not give out, a bad status or limit', async () => {
      const client = await signedIn(['ADMIN']);
      const badCursor = expectProblem(
        await client.get('/api/v1/outbox?cursor=not-a-cursor'),
        400,
        'VALIDATION_FAILED',
      );
      expect(badCursor.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/cursor' })]);
      const badStatus = expectProblem(
        await client.get('/api/v1/outbox?status=LOST'),
        400,
        'VALIDATION_FAILED',
      );
      expect(badStatus.errors?.map((error) => error.pointer)).toEqual(['/status']);
      expectProblem(await client.get('/api/v1/outbox?limit=0'), 400, 'VALIDATION_FAILED');
    });
  });

  it('counts what waits and what failed, and says whether SMTP is configured', async () => {
    await createMessage(t.prisma, { status: 'PENDING' });
    await createMessage(t.prisma, { status: 'PENDING' });
    await createMessage(t.prisma, { status: 'FAILED' });
    await createMessage(t.prisma, { status: 'SENT' });
    const client = await signedIn(['ADMIN']);
    const response = await client.get('/api/v1/outbox/status');
    expect(response.statusCode).toBe(200);
    expect(MailDelivery.parse(response.json())).toEqual({ smtpConfigured: false, pending: 2, failed: 1 });
  });

  describe('one message', () => {
    it('shows the text and HTML', async () => {
      const message = await createMessage(t.prisma, { status: 'SENT' });
      const client = await signedIn(['ADMIN']);
      const response = await client.get(`/api/v1/outbox/${message.id}`);
      expect(response.statusCode).toBe(200);
      expect(OutboxMessageDetail.parse(response.json())).toMatchObject({
        id: message.id,
        status: 'SENT',
        textBody: message.textBody,
        htmlBody: message.htmlBody,
        sentAt: message.sentAt?.toISOString(),
      });
    });

    it('answers 404 for an unknown id and 400 for one that is not an id', async () => {
      const client = await signedIn(['ADMIN']);
      expectProblem(await client.get(`/api/v1/outbox/${randomUUID()}`), 404, 'NOT_FOUND');
      expectProblem(await client.post(`/api/v1/outbox/${randomUUID()}/retry`), 404, 'NOT_FOUND');
      const bad = expectProblem(await client.get('/api/v1/outbox/123'), 400, 'VALIDATION_FAILED');
      expect(bad.errors).toEqual([expect.objectContaining({ in: 'path', pointer: '/id' })]);
    });
  });

  describe('retrying', () => {
    it('puts a FAILED message back, due now with fresh attempts, and audits who asked', async () => {
      const message = await createMessage(t.prisma, { status: 'FAILED' });
      const admin = await createMember(t.prisma, { roles: ['ADMIN'] });
      const client = await browser(t.app).signIn(admin.email);
      const response = await client.post(`/api/v1/outbox/${message.id}/retry`);
      expect(response.statusCode).toBe(200);
      const body = OutboxMessageDetail.parse(response.json());
      expect(body).toMatchObject({ id: message.id, status: 'PENDING', attempts: 0 });
      expect(Date.parse(body.nextAttemptAt)).toBeLessThanOrEqual(Date.now() + 1000);

      const due = await t.prisma.$queryRaw<{ due: boolean }[]>`
        SELECT next_attempt_at <= now() AS due FROM outbox_message WHERE id = ${message.id}::uuid`;
      expect(due).toEqual([{ due: true }]);
      const events = await t.prisma.auditEvent.findMany({ where: { action: 'mail.retry_requested' } });
      expect(events).toEqual([
        expect.objectContaining({
          actorId: admin.id,
          targetType: 'outbox_message',
          targetId: message.id,
          details: { previousStatus: 'FAILED', previousAttempts: 12 },
        }),
      ]);
    });

    it('makes a waiting message due now', async () => {
      const message = await createMessage(t.prisma, { status: 'PENDING', attempts: 3 });
      const client = await signedIn(['ADMIN']);
      const response = await client.post(`/api/v1/outbox/${message.id}/retry`);
      expect(response.statusCode).toBe(200);
      expect(OutboxMessageDetail.parse(response.json())).toMatchObject({ status: 'PENDING', attempts: 0 });
    });

    it('answers 409 for a message that was sent, and changes nothing', async () => {
      const message = await createMessage(t.prisma, { status: 'SENT' });
      const client = await signedIn(['ADMIN']);
      expectProblem(await client.post(`/api/v1/outbox/${message.id}/retry`), 409, 'CONFLICT');
      expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: 'SENT',
        attempts: 1,
      });
      expect(await t.prisma.auditEvent.count({ where: { action: 'mail.retry_requested' } })).toBe(0);
    });
  });
});
