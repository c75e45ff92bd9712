import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DatabaseConnection } from '../src/database/database-connection';
import { OutboxService, type OutgoingMail } from '../src/mail/outbox.service';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from '../src/mail/outbox-retry';
import { BATCH_SIZE, OutboxWorker } from '../src/mail/outbox-worker';
import { browser } from './support/http-client';
import { createMember } from './support/members';
import { createTestApp, type TestApp } from './support/test-app';
import { withClient } from './support/test-database';

/** A port nothing listens on (until a test starts the SMTP server there). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
class SmtpSink {
  readonly received: ReceivedMail[] = [];
  readonly rejected = new Set<string>();

  /** 451: try again later; 550: this mailbox will never take it. */
  rejectionCode = 451;
  /** Messages whose DATA has started arriving. */
  dataStarted = 0;
  /** How long the server takes to accept a message's data. */
  delayMs = 0;
  private server: SMTPServer | undefined;

  constructor(private readonly credentials?: { user: string; pass: string }) {}

  async start(port: number): Promise<this> {
    const credentials = this.credentials;
    const server = new SMTPServer({
      secure: false,
      logger: false,
      disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: !credentials,
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => {
        if (credentials && auth.username === credentials.user && auth.password === credentials.pass) {
          callback(null, { user: auth.username });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onRcptTo: (address, _session, callback) => {
        if (!this.rejected.has(address.address)) return callback();
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = this.rejectionCode;
        callback(error);
      },
      onData: (stream, session, callback) => {
        this.dataStarted += 1;
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          setTimeout(() => {
            this.received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            callback();
          }, this.delayMs);
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** Just enough RFC 822 / MIME reading for the assertions (mailparser is not installed). */
function parseMime(raw: string): MimePart {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

function leafParts(part: MimePart): MimePart[] {
  const boundary = /multipart\/[^;]+;.*boundary="?([^";]+)"?/i.exec(
    part.headers.get('content-type') ?? '',
  )?.[1];
  if (!boundary) return [part];
  return (
    part.body
      .split(`--${boundary}`)
      .slice(1, -1)
      // The CRLF before a boundary belongs to the boundary (RFC 2046).
      .flatMap((chunk) => leafParts(parseMime(chunk.replace(/^\r\n/, '').replace(/\r\n$/, ''))))
  );
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = part.body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return part.body;
}

function partOfType(raw: string, type: string): MimePart | undefined {
  return leafParts(parseMime(raw)).find((part) => part.headers.get('content-type')?.startsWith(type));
}

let sequence = 0;
function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  sequence += 1;
  return {
    to: `delegate${sequence}@test.example`,
    template: 'test',
    subject: `Agenda of meeting ${sequence} published`,
    text: `The agenda of meeting ${sequence} is published.\n`,
    ...overrides,
  };
}

describe('delivering the outbox over SMTP', () => {
  let t: TestApp;
  let port: number;
  let worker: OutboxWorker;
  let outbox: OutboxService;
  let sink: SmtpSink | undefined;

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'EGCC Portal <no-reply@egcc.example>',
        MAIL_WORKER: 'false',
      },
    });
    worker = t.app.get(OutboxWorker);
    outbox = t.app.get(OutboxService);
  });
  afterAll(() => t.close());
  beforeEach(() => t.resetData());
  afterEach(async () => {
    await sink?.stop();
    sink = undefined;
  });

  const startSink = async (credentials?: { user: string; pass: string }) =>
    (sink = await new SmtpSink(credentials).start(port));
  const makeDue = () =>
    t.prisma
      .$executeRaw`UPDATE outbox_message SET next_attempt_at = now() - interval '1 second' WHERE status = 'PENDING'`;
  /** Seconds until each message is due, by the database's clock. */
  const waits = async () =>
    new Map(
      (
        await t.prisma.$queryRaw<{ id: string; wait: number }[]>`
          SELECT id::text, EXTRACT(EPOCH FROM next_attempt_at - now())::float AS wait FROM outbox_message`
      ).map((row) => [row.id, row.wait]),
    );

  it('keeps every message while the mail server is down, and delivers each exactly once when it is back', async () => {
    const ids = [
      await outbox.enqueue(t.prisma, mail({ to: 'anna@test.example', subject: 'Your invitation' })),
      await outbox.enqueue(
        t.prisma,
        mail({
          to: 'bjorn@test.example',
          subject: 'Meeting in Riga',
          text: 'The meeting is in Riga.\n',
          html: '<p>The meeting is in Riga.</p>',
          attachments: [
            {
              filename: 'meeting.ics',
              contentType: 'text/calendar',
              content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:EGCC meeting\r\nEND:VCALENDAR\r\n',
            },
          ],
        }),
      ),
      await outbox.enqueue(t.prisma, mail({ to: 'carla@test.example', subject: 'Reset your password' })),
    ];

    // (a) Nothing listens on the port.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3 });
    const afterOutage = await t.prisma.outboxMessage.findMany();
    expect(afterOutage).toHaveLength(3);
    const wait = await waits();
    for (const message of afterOutage) {
      expect(message).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null, smtpMessageId: null });
      expect(message.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      expect(wait.get(message.id)).toBeGreaterThan(retryDelaySeconds(1) - 5);
      expect(wait.get(message.id)).toBeLessThanOrEqual(retryDelaySeconds(1));
    }
    // Not due yet: the next run leaves them alone, even with the server back.
    await startSink();
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(sink?.received).toHaveLength(0);

    // (b) Due again, with the server on the same port.
    await makeDue();
    expect(await worker.runOnce()).toEqual({ sent: 3, failed: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    const sent = await t.prisma.outboxMessage.findMany();
    expect(sent.map((message) => message.id).sort()).toEqual([...ids].sort());
    for (const message of sent) {
      expect(message).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
      expect(message.sentAt).toBeInstanceOf(Date);
      expect(message.smtpMessageId).toBe(`<${message.id}@egcc.example>`);
    }

    const received = sink?.received ?? [];
    expect(received).toHaveLength(3);
    for (const message of sent) {
      const copies = received.filter(
        (mailItem) => parseMime(mailItem.raw).headers.get('message-id') === message.smtpMessageId,
      );
      expect(copies).toHaveLength(1);
      const [copy] = copies;
      if (!copy) continue;
      expect(copy.to).toEqual([message.toAddress]);
      expect(copy.from).toBe('no-reply@egcc.example');
      const { headers } = parseMime(copy.raw);
      expect(headers.get('to')).toBe(message.toAddress);
      expect(headers.get('from')).toBe('EGCC Portal <no-reply@egcc.example>');
      expect(headers.get('subject')).toBe(message.subject);
      expect(headers.get('auto-submitted')).toBe('auto-generated');
      expect(Number.isNaN(Date.parse(headers.get('date') ?? ''))).toBe(false);
      const text = partOfType(copy.raw, 'text/plain');
      expect(text && decodeBody(text)).toBe(message.textBody.replace(/\n/g, '\r\n'));
    }

    const withExtras = received.find((mailItem) => mailItem.to[0] === 'bjorn@test.example');
    const html = withExtras && partOfType(withExtras.raw, 'text/html');
    expect(html && decodeBody(html)).toBe('<p>The meeting is in Riga.</p>');
    const calendar = withExtras && partOfType(withExtras.raw, 'text/calendar');
    expect(calendar?.headers.get('content-disposition')).toMatch(/attachment; filename="?meeting\.ics"?/);
    expect(calendar && decodeBody(calendar)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:EGCC meeting\r\nEND:VCALENDAR\r\n',
    );
  });

  it('gives up at once on a permanent refusal (550) instead of retrying for hours', async () => {
    await startSink();
    sink!.rejectionCode = 550;
    sink?.rejected.add('nobody-here@test.example');
    const id = await outbox.enqueue(t.prisma, mail({ to: 'nobody-here@test.example' }));
    expect((await worker.runOnce()).failed).toBe(1);
    const message = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(message.lastError).toMatch(/550/);
  });

  it('backs off after each temporary failure and marks a message FAILED after the last attempt; a retry sends it again', async () => {
    await startSink();
    sink?.rejected.add('gone@test.example');
    const id = await outbox.enqueue(t.prisma, mail({ to: 'gone@test.example' }));
    const fine = await outbox.enqueue(t.prisma, mail({ to: 'fine@test.example' }));

    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      await makeDue();
      const run = await worker.runOnce();
      expect(run.failed).toBe(1);
      const message = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(message.attempts).toBe(attempt);
      expect(message.lastError).toMatch(/451/);
      if (attempt < MAX_DELIVERY_ATTEMPTS) {
        expect(message.status).toBe('PENDING');
        const wait = (await waits()).get(id) ?? 0;
        expect(wait).toBeGreaterThan(retryDelaySeconds(attempt) - 5);
        expect(wait).toBeLessThanOrEqual(retryDelaySeconds(attempt));
      } else {
        expect(message.status).toBe('FAILED');
      }
    }
    // A rejected recipient does not hold up the others.
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: fine } })).toMatchObject({
      status: 'SENT',
      attempts: 1,
    });
    // A FAILED message is not tried again by itself.
    await t.prisma.$executeRaw`UPDATE outbox_message SET next_attempt_at = now() - interval '1 hour'`;
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    // The mailbox works again; the secretariat retries.
    sink?.rejected.clear();
    const admin = await createMember(t.prisma, { roles: ['ADMIN'] });
    const client = await browser(t.app).signIn(admin.email);
    expect((await client.get('/api/v1/outbox/status')).json()).toEqual({
      smtpConfigured: true,
      pending: 0,
      failed: 1,
    });
    const retry = await client.post(`/api/v1/outbox/${id}/retry`);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id, status: 'PENDING', attempts: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SENT',
      attempts: 1,
      lastError: null,
    });
    expect(sink?.received.filter((received) => received.to[0] === 'gone@test.example')).toHaveLength(1);
  });

  it('never sends a message twice when workers run at the same time', async () => {
    await startSink();
    if (sink) sink.delayMs = 5;
    const count = BATCH_SIZE * 2 + 5;
    for (let i = 0; i < count; i += 1) await outbox.enqueue(t.prisma, mail());
    // A second instance on the same database: its own worker, the same tables.
    const other = new OutboxWorker(t.config, t.app.get(DatabaseConnection));
    try {
      let sent = 0;
      for (let round = 0; round < 5 && sent < count; round += 1) {
        const runs = await Promise.all([
          worker.runOnce(),
          other.runOnce(),
          worker.runOnce(),
          other.runOnce(),
        ]);
        expect(runs.every((run) => run.failed === 0)).toBe(true);
        sent += runs.reduce((sum, run) => sum + run.sent, 0);
      }
      expect(sent).toBe(count);
    } finally {
      await other.onModuleDestroy();
    }
    const messageIds = (sink?.received ?? []).map((received) =>
      parseMime(received.raw).headers.get('message-id'),
    );
    expect(messageIds).toHaveLength(count);
    expect(new Set(messageIds).size).toBe(count);
    const rows = await t.prisma.outboxMessage.findMany();
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
  });

  it('leaves a message claimed by a crashed instance alone until its lease runs out, then sends it', async () => {
    await startSink();
    const id = await outbox.enqueue(t.prisma, mail());
    // What a claim leaves behind when its process dies before recording the outcome.
    await t.prisma
      .$executeRaw`UPDATE outbox_message SET attempts = 1, next_attempt_at = now() + interval '2 minutes' WHERE id = ${id}::uuid`;
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    await t.prisma
      .$executeRaw`UPDATE outbox_message SET next_attempt_at = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
  });

  it('sends a meeting invitation as the message’s calendar part, which mail clients offer to add', async () => {
    const invitation =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:meeting-1@egcc-portal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await outbox.enqueue(
      t.prisma,
      mail({
        to: 'dora@test.example',
        attachments: [
          {
            filename: 'invitation.ics',
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
            content: invitation,
          },
        ],
      }),
    );
    await startSink();
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
    const [received] = sink?.received ?? [];
    // The alternative part calendar clients act on, with its method, as RFC 6047 describes.
    const calendar = received && partOfType(received.raw, 'text/calendar');
    expect(calendar?.headers.get('content-type')).toMatch(/^text\/calendar;.*method=REQUEST/i);
    expect(calendar && decodeBody(calendar)).toBe(invitation);
  });

  it('uses the credentials in SMTP_URL and never stores them in the error', async () => {
    await startSink({ user: 'portal', pass: 'right-password' });
    const connection = t.app.get(DatabaseConnection);
    const id = await outbox.enqueue(t.prisma, mail());

    const misconfigured = new OutboxWorker(
      { ...t.config, SMTP_URL: `smtp://portal:s3cret-Wrong-pass@127.0.0.1:${port}` },
      connection,
    );
    try {
      expect(await misconfigured.runOnce()).toEqual({ sent: 0, failed: 1 });
    } finally {
      await misconfigured.onModuleDestroy();
    }
    const failed = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe('PENDING');
    expect(failed.lastError).toMatch(/EAUTH/);
    expect(failed.lastError).not.toContain('s3cret');
    expect(failed.lastError).not.toContain('portal');

    await makeDue();
    const configured = new OutboxWorker(
      { ...t.config, SMTP_URL: `smtp://portal:right-password@127.0.0.1:${port}` },
      connection,
    );
    try {
      expect(await configured.runOnce()).toEqual({ sent: 1, failed: 0 });
    } finally {
      await configured.onModuleDestroy();
    }
    expect(sink?.received).toHaveLength(1);
  });

  it('gives up at once on a message whose stored attachments are unusable, without reading files', async () => {
    await startSink();
    const message = await t.prisma.outboxMessage.create({
      data: {
        toAddress: 'someone@test.example',
        template: 'test',
        subject: 'Broken',
        textBody: 'Broken',
        attachments: [{ filename: 'passwd', path: '/etc/passwd' }],
      },
    });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastError: expect.stringMatching(/attachments/),
    });
    expect(sink?.received).toHaveLength(0);
  });

  it('sends nothing and claims nothing without SMTP_URL', async () => {
    const id = await outbox.enqueue(t.prisma, mail());
    const unconfigured = new OutboxWorker(
      { ...t.config, SMTP_URL: undefined },
      t.app.get(DatabaseConnection),
    );
    expect(await unconfigured.runOnce()).toEqual({ sent: 0, failed: 0 });
    await unconfigured.onModuleDestroy();
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
  });
});

describe('the outbox worker in the running app', () => {
  it('delivers on its own when MAIL_WORKER is on, and wake() sends without waiting for the next poll', async () => {
    const port = await freePort();
    const sink = await new SmtpSink().start(port);
    const t = await createTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_WORKER: 'true', MAIL_POLL_SECONDS: '3600' },
    });
    try {
      const outbox = t.app.get(OutboxService);
      await outbox.enqueue(t.prisma, mail({ subject: 'Woken' }));
      t.app.get(OutboxWorker).wake();
      const deadline = Date.now() + 10_000;
      while (sink.received.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(sink.received).toHaveLength(1);
      expect(parseMime(sink.received[0]?.raw ?? '').headers.get('subject')).toBe('Woken');
    } finally {
      await t.close();
      await sink.stop();
    }
  });

  it('on shutdown finishes the message being sent and gives the rest of the batch back, due now', async () => {
    const port = await freePort();
    const sink = await new SmtpSink().start(port);
    sink.delayMs = 300;
    const t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_WORKER: 'false' } });
    try {
      const outbox = t.app.get(OutboxService);
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push(await outbox.enqueue(t.prisma, mail()));
      const run = t.app.get(OutboxWorker).runOnce();
      while (sink.dataStarted === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await t.app.close();
      expect(await run).toEqual({ sent: 1, failed: 0 });
      const rows = await withClient(t.database.url, async (client) => {
        const result = await client.query<{ id: string; status: string; attempts: number; due: boolean }>(
          'SELECT id::text, status, attempts, next_attempt_at <= now() AS due FROM outbox_message',
        );
        return result.rows;
      });
      expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
      const sent = rows.filter((row) => row.status === 'SENT');
      expect(sent).toEqual([expect.objectContaining({ attempts: 1 })]);
      const givenBack = rows.filter((row) => row.status !== 'SENT');
      expect(givenBack).toEqual([
        expect.objectContaining({ status: 'PENDING', attempts: 0, due: true }),
        expect.objectContaining({ status: 'PENDING', attempts: 0, due: true }),
      ]);
      expect(sink.received).toHaveLength(1);
    } finally {
      await t.database.drop();
      await sink.stop();
    }
  });
});
