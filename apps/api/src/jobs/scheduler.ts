import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseConnection } from '../database/database-connection';
import { ActionItemRemindersService } from '../meetings/actions/action-item-reminders';
import { DigestService } from '../notifications/digest.service';

/** The advisory lock that lets one instance at a time run the periodic jobs. */
const JOBS_LOCK = 72707370;
const INTERVAL_MS = 15 * 60_000;
const FIRST_RUN_MS = 60_000;

/**
 * Periodic jobs on the database's clock: daily digests, and clearing out what has served its
 * purpose (live events kept for reconnecting browsers, idempotency keys, old sign-in attempts).
 * Every instance may run it; a Postgres advisory lock lets one at a time do the work.
 */
@Injectable()
export class JobsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: DatabaseConnection,
    private readonly digests: DigestService,
    private readonly actionItemReminders: ActionItemRemindersService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULED_JOBS) return;
    this.timer = setTimeout(() => this.tick(), FIRST_RUN_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private tick(): void {
    this.running = this.runOnce()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn(`Periodic jobs failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        this.timer = setTimeout(() => this.tick(), INTERVAL_MS);
        this.timer.unref();
      });
  }

  /** One round of every job, if no other instance is at it. */
  async runOnce(now = new Date()): Promise<boolean> {
    // The embedded database has one process and one connection, which the lock would hold.
    if (this.connection.isEmbedded) {
      await this.jobs(now);
      return true;
    }
    const client = await this.connection.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        JOBS_LOCK,
      ]);
      if (!rows[0]?.locked) return false;
      try {
        await this.jobs(now);
        return true;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [JOBS_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private async jobs(now: Date): Promise<void> {
    await this.digests.run(now);
    await this.actionItemReminders.run(now);
    const pool = this.connection.pool;
    await pool.query(`DELETE FROM live_event WHERE created_at < now() - interval '2 days'`);
    await pool.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '7 days'`);
    await pool.query(`DELETE FROM auth_attempt WHERE created_at < now() - interval '30 days'`);
  }
}
