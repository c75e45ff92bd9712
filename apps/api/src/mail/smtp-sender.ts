import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { z } from 'zod';

/** One outbox row as the worker sends it. */
export interface MailToSend {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  /** The stored JSON, checked before sending. */
  attachments: unknown;
}

const StoredAttachments = z.array(
  z.object({
    filename: z.string().min(1).max(255),
    contentType: z.string().min(1).max(255),
    content: z.string(),
  }),
);

/** `text/calendar; method=REQUEST`: an iTIP message (RFC 5546) rather than a plain file. */
const ITIP_METHOD = /^text\/calendar\b.*;\s*method=([A-Za-z]+)/i;

/** Why a message could not be handed to the SMTP server. */
export class SendFailure extends Error {
  constructor(
    /** Short, single-line, without credentials: safe to store and to show to admins. */
    readonly summary: string,
    /** Trying again cannot help (the stored message itself is unusable). */
    readonly permanent: boolean,
    /** The server or the connection failed, not this message: the rest of a batch would fail too. */
    readonly serverUnavailable: boolean,
  ) {
    super(summary);
    this.name = 'SendFailure';
  }
}

/** Nodemailer error codes that concern the connection or the server, not one message. */
const SERVER_ERROR_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'EPROXY',
]);
const MAX_ERROR_LENGTH = 500;

/**
 * Hands outbox messages to the SMTP server at SMTP_URL with nodemailer: one connection per
 * message (the group sends little mail), timeouts well inside the worker's lease, and no
 * file or URL access for message content.
 */
export class SmtpSender {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly domain: string;
  private readonly secrets: string[];

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Options given next to `url` are kept only when the transport is built directly; query
    // parameters of SMTP_URL still override them.
    this.transport = createTransport(
      new SMTPTransport({
        url: smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        disableFileAccess: true,
        disableUrlAccess: true,
        logger: false,
      }),
    );
    this.domain = senderDomain(from);
    this.secrets = credentialsOf(smtpUrl);
  }

  /** Sends one message; resolves with the Message-ID the server accepted, or throws a SendFailure. */
  async send(mail: MailToSend): Promise<string> {
    const attachments = StoredAttachments.safeParse(mail.attachments);
    if (!attachments.success) {
      throw new SendFailure('The stored attachments are not valid; the message cannot be sent.', true, false);
    }
    // An iTIP invitation (text/calendar with a METHOD) goes as the message's calendar part, which
    // mail clients show as an invitation; other calendar files stay plain attachments.
    const invitation = attachments.data.find((part) => ITIP_METHOD.test(part.contentType));
    const method = invitation && ITIP_METHOD.exec(invitation.contentType)?.[1]?.toUpperCase();
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
        // Only these three fields: a stored `path` or `href` must never make us read a file or a URL.
        attachments: attachments.data
          .filter((part) => part !== invitation)
          .map(({ filename, contentType, content }) => ({ filename, contentType, content })),
        ...(invitation && method
          ? { icalEvent: { filename: invitation.filename, method, content: invitation.content } }
          : {}),
        // The same Message-ID on every attempt lets receiving servers drop a duplicate.
        messageId: `<${mail.id}@${this.domain}>`,
        date: new Date(),
        headers: { 'Auto-Submitted': 'auto-generated' },
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      return info.messageId;
    } catch (error) {
      throw this.describe(error);
    }
  }

  close(): void {
    this.transport.close();
  }

  private describe(error: unknown): SendFailure {
    return describeSendError(error, this.secrets);
  }
}

/**
 * What a nodemailer error means for the outbox. A 5xx answer about this message (a mailbox
 * that does not exist, a message refused) will not change on retry: the message fails at once.
 * Connection and login problems concern the server, and are retried.
 */
export function describeSendError(error: unknown, secrets: string[]): SendFailure {
  const details = (error ?? {}) as { code?: unknown; message?: unknown; responseCode?: unknown };
  const code = typeof details.code === 'string' ? details.code : undefined;
  let summary = typeof details.message === 'string' ? details.message : String(error);
  if (code && !summary.startsWith(code)) summary = `${code}: ${summary}`;
  summary = redact(summary, secrets).replace(/\s+/g, ' ').trim();
  if (summary.length > MAX_ERROR_LENGTH) summary = `${summary.slice(0, MAX_ERROR_LENGTH - 1)}…`;
  const serverProblem = code !== undefined && SERVER_ERROR_CODES.has(code);
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : 0;
  const permanent = !serverProblem && responseCode >= 500 && responseCode < 600;
  return new SendFailure(summary, permanent, serverProblem);
}

/** The domain of MAIL_FROM's address, for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? 'egcc-portal.invalid';
}

function credentialsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    const parts = [url.username, url.password];
    return [...parts, ...parts.map((part) => decodeURIComponent(part))].filter((value) => value.length > 0);
  } catch {
    return [];
  }
}

/** Removes the SMTP credentials and the user-info part of any URL from an error message. */
export function redact(message: string, secrets: string[]): string {
  let result = message.replace(/(\w+:\/\/)[^/\s@]+@/g, '$1[redacted]@');
  for (const secret of secrets) result = result.split(secret).join('[redacted]');
  return result;
}
