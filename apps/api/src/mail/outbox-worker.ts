import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseConnection } from '../database/database-connection';
import { isLastAttempt, retryDelaySeconds } from './outbox-retry';
import { type MailToSend, SendFailure, SmtpSender } from './smtp-sender';

/** Messages claimed per run. */
export const BATCH_SIZE = 20;
/** How long a claimed message is reserved for the instance that claimed it. */
export const LEASE_SECONDS = 120;
/** No new send starts after half the lease, so a slow server cannot make a lease run out mid-batch. */
const SEND_BUDGET_MS = (LEASE_SECONDS * 1000) / 2;
/** wake() waits a moment, so the transaction that enqueued the message has committed. */
const WAKE_DELAY_MS = 250;

interface ClaimedMessage {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: unknown;
  /** The count including this attempt; doubles as a fencing token for the updates that follow. */
  attempts: number;
  created_at: Date;
}

export interface DeliveryRun {
  sent: number;
  failed: number;
}

interface BatchResult extends DeliveryRun {
  claimed: number;
  /** The SMTP server could not be reached or refused us: no point in trying more right now. */
  serverUnavailable: boolean;
}

/**
 * Delivers the outbox over SMTP. Any number of API instances may run one on the same
 * database: each run claims a batch of due messages with a short lease in one statement
 * (FOR UPDATE SKIP LOCKED, so instances never claim the same message), commits, and only then
 * talks to the mail server, recording each outcome in its own statement. No transaction is
 * open while mail is sent. A process that dies mid-batch leaves its messages leased; they are
 * due again when the lease runs out (at-least-once delivery, with a stable Message-ID).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxWorker');
  private readonly sender: SmtpSender | null;
  private readonly pollMs: number;
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  /** The poll loop is on (MAIL_WORKER and SMTP_URL). */
  private polling = false;
  private ticking = false;
  private wokenDuringTick = false;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: DatabaseConnection,
  ) {
    this.sender = config.SMTP_URL ? new SmtpSender(config.SMTP_URL, config.MAIL_FROM) : null;
    this.pollMs = config.MAIL_POLL_SECONDS * 1000;
  }

  onApplicationBootstrap(): void {
    if (!this.sender) {
      this.logger.log({ msg: 'SMTP_URL is not set: e-mail stays in the outbox' });
      return;
    }
    if (!this.config.MAIL_WORKER) {
      this.logger.log({ msg: 'MAIL_WORKER is off: this instance does not deliver e-mail' });
      return;
    }
    this.polling = true;
    this.logger.log({ msg: 'Delivering e-mail from the outbox', pollSeconds: this.config.MAIL_POLL_SECONDS });
    this.schedule(0);
  }

  /** Stops polling and waits for the batch in flight; runs before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.polling = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inFlight]);
    this.sender?.close();
  }

  /** Delivers soon rather than at the next poll; call it after committing an enqueued message. */
  wake(): void {
    if (!this.polling || this.stopping) return;
    if (this.ticking) {
      this.wokenDuringTick = true;
      return;
    }
    if (this.timer && this.timerDueAt <= Date.now() + WAKE_DELAY_MS) return;
    this.schedule(WAKE_DELAY_MS);
  }

  /** Claims one batch of due messages and tries each once. The poll loop calls it; so do tests. */
  async runOnce(): Promise<DeliveryRun> {
    const { sent, failed } = await this.track(this.deliverBatch());
    return { sent, failed };
  }

  private schedule(delayMs: number): void {
    if (!this.polling || this.stopping) return;
    clearTimeout(this.timer);
    this.timerDueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // The HTTP server keeps the process alive; the poll timer alone must not.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.ticking = true;
    let more = false;
    try {
      const batch = await this.track(this.deliverBatch());
      more = batch.claimed >= BATCH_SIZE && !batch.serverUnavailable;
    } catch (error) {
      // Most likely the database is unreachable; the next poll tries again.
      this.logger.warn({ msg: 'Outbox delivery run failed', error: errorText(error) });
    } finally {
      this.ticking = false;
    }
    const again = more || this.wokenDuringTick;
    this.wokenDuringTick = false;
    this.schedule(again ? 0 : this.pollMs);
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async deliverBatch(): Promise<BatchResult> {
    const result: BatchResult = { claimed: 0, sent: 0, failed: 0, serverUnavailable: false };
    if (!this.sender || this.stopping) return result;
    const started = Date.now();
    const batch = await this.claim();
    result.claimed = batch.length;
    let serverFailure: SendFailure | undefined;
    for (const [index, message] of batch.entries()) {
      if (this.stopping || Date.now() - started > SEND_BUDGET_MS) {
        await this.release(batch.slice(index));
        break;
      }
      if (serverFailure) {
        // The server is down or refuses us: the rest of the batch waits its turn, untried.
        await this.recordFailure(message, serverFailure);
        result.failed += 1;
        continue;
      }
      let messageId: string;
      try {
        messageId = await this.sender.send(toMail(message));
      } catch (error) {
        const failure =
          error instanceof SendFailure ? error : new SendFailure(errorText(error), false, false);
        await this.recordFailure(message, failure);
        result.failed += 1;
        if (failure.serverUnavailable) serverFailure = failure;
        continue;
      }
      // Should this write fail, the message is sent again after its lease: at least once, never lost.
      await this.recordSent(message, messageId);
      result.sent += 1;
    }
    result.serverUnavailable = serverFailure !== undefined;
    if (result.claimed > 0) {
      this.logger.log({
        msg: 'Outbox batch done',
        claimed: result.claimed,
        sent: result.sent,
        failed: result.failed,
      });
    }
    return result;
  }

  /** Reserves up to BATCH_SIZE due messages for this instance, oldest first, and counts the attempt. */
  private async claim(): Promise<ClaimedMessage[]> {
    const { rows } = await this.connection.pool.query<ClaimedMessage>(
      `UPDATE outbox_message
          SET attempts = attempts + 1,
              next_attempt_at = now() + $2::double precision * interval '1 second'
        WHERE id IN (SELECT id FROM outbox_message
                      WHERE status = 'PENDING' AND next_attempt_at <= now()
                      ORDER BY created_at, id
                      LIMIT $1
                      FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, text_body, html_body, attachments, attempts, created_at`,
      [BATCH_SIZE, LEASE_SECONDS],
    );
    return rows.sort(
      (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  private async recordSent(message: ClaimedMessage, smtpMessageId: string): Promise<void> {
    await this.connection.pool.query(
      `UPDATE outbox_message
          SET status = 'SENT', sent_at = now(), smtp_message_id = $2, last_error = NULL
        WHERE id = $1`,
      [message.id, smtpMessageId.slice(0, 300)],
    );
  }

  private async recordFailure(message: ClaimedMessage, failure: SendFailure): Promise<void> {
    const giveUp = failure.permanent || isLastAttempt(message.attempts);
    const delaySeconds = giveUp ? 0 : retryDelaySeconds(message.attempts);
    // Only while the claim is still ours: an admin's retry or another instance's later claim
    // (after the lease ran out) changed `attempts`, and then their state wins.
    const { rowCount } = await this.connection.pool.query(
      `UPDATE outbox_message
          SET status = $3::"OutboxStatus",
              last_error = $4,
              next_attempt_at = now() + $5::double precision * interval '1 second'
        WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [message.id, message.attempts, giveUp ? 'FAILED' : 'PENDING', failure.summary, delaySeconds],
    );
    const fields = {
      outboxMessageId: message.id,
      attempts: message.attempts,
      error: failure.summary,
    };
    if (rowCount === 0) {
      this.logger.warn({ msg: 'E-mail delivery failed; the message changed meanwhile', ...fields });
    } else if (giveUp) {
      this.logger.error({ msg: 'E-mail delivery failed for good; an admin can retry it', ...fields });
    } else {
      this.logger.warn({
        msg: 'E-mail delivery failed; will retry',
        retryInSeconds: delaySeconds,
        ...fields,
      });
    }
  }

  /** Gives untried messages back, due now and with the attempt uncounted. */
  private async release(messages: ClaimedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connection.pool.query(
      `UPDATE outbox_message AS m
          SET attempts = m.attempts - 1, next_attempt_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS claimed(id, attempts)
        WHERE m.id = claimed.id AND m.attempts = claimed.attempts AND m.status = 'PENDING'`,
      [messages.map((message) => message.id), messages.map((message) => message.attempts)],
    );
  }
}

function toMail(message: ClaimedMessage): MailToSend {
  return {
    id: message.id,
    toAddress: message.to_address,
    subject: message.subject,
    textBody: message.text_body,
    htmlBody: message.html_body,
    attachments: message.attachments,
  };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
