import {
  type OnApplicationBootstrap,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { LiveEventData } from '@egcc/contracts';
import { Client } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DatabaseConnection } from '../database/database-connection';
import { LIVE_CHANNEL, type LiveEvent, SYSTEM_CHANNEL, type SystemEventData } from './live-events.service';

type Listener = (event: LiveEvent) => void;

const EMBEDDED_POLL_MS = 250;
const RECONNECT_MS = 1_000;
const RECENT_IDS = 5_000;

interface StoredEvent {
  id: string;
  channel: string;
  payload: LiveEventData;
}

/**
 * This process's end of the live-event fan-out. On PostgreSQL one connection LISTENs and
 * every API process gets every event at commit; the embedded database cannot deliver
 * notifications across its wire protocol, so there the hub reads new events every 250 ms
 * (one process, transactions one at a time: events appear in id order).
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveHub');
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly resyncListeners = new Set<() => void>();
  private listening = false;
  private client: Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private lastId = 0n;
  private stopped = false;

  /** Ids dispatched lately: a catch-up after reconnecting must not repeat an event. */
  private readonly recent = new Set<string>();

  constructor(
    private readonly connection: DatabaseConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After every module's init: the migrations have run by then. */
  async onApplicationBootstrap(): Promise<void> {
    // Without the table (migrations left to a separate job) start from nothing.
    this.lastId = await this.latestId().catch(() => 0n);
    const mode =
      this.config.LIVE_EVENTS === 'auto'
        ? this.connection.isEmbedded
          ? 'poll'
          : 'listen'
        : this.config.LIVE_EVENTS;
    if (mode === 'poll') this.poll();
    else await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  /** Calls `listener` for every event on any of the channels; returns the unsubscribe. */
  subscribe(channels: string[], listener: Listener): () => void {
    for (const channel of channels) {
      let set = this.listeners.get(channel);
      if (!set) this.listeners.set(channel, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const channel of channels) {
        const set = this.listeners.get(channel);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(channel);
      }
    };
  }

  /** Calls `listener` with every change announced on the system channel. */
  onSystemEvent(listener: (data: SystemEventData) => void): () => void {
    return this.subscribe([SYSTEM_CHANNEL], (event) => listener(event.data as unknown as SystemEventData));
  }

  /**
   * Calls `listener` whenever announcements may have been missed (the connection that listens
   * was lost, or is new): whatever is kept in memory on the strength of them must be dropped.
   */
  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  /** Events after `afterId` on the channels, for a browser resuming with Last-Event-ID. */
  async since(afterId: string, channels: string[], limit = 500): Promise<LiveEvent[]> {
    const { rows } = await this.connection.pool.query<StoredEvent>(
      `SELECT id::text, channel, payload FROM live_event WHERE id > $1 AND channel = ANY($2) ORDER BY id LIMIT $3`,
      [afterId, channels, limit],
    );
    return rows.map((row) => ({ id: row.id, channel: row.channel, data: row.payload }));
  }

  private dispatch(event: LiveEvent): void {
    if (this.recent.has(event.id)) return;
    this.recent.add(event.id);
    if (this.recent.size > RECENT_IDS) this.recent.delete(this.recent.values().next().value as string);
    const id = BigInt(event.id);
    if (id > this.lastId) this.lastId = id;
    for (const listener of this.listeners.get(event.channel) ?? []) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn(`A live listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async latestId(): Promise<bigint> {
    const { rows } = await this.connection.pool.query<{ id: string | null }>(
      'SELECT max(id)::text AS id FROM live_event',
    );
    return BigInt(rows[0]?.id ?? 0);
  }

  private async catchUp(): Promise<void> {
    const { rows } = await this.connection.pool.query<StoredEvent>(
      'SELECT id::text, channel, payload FROM live_event WHERE id > $1 ORDER BY id LIMIT 1000',
      [this.lastId.toString()],
    );
    for (const row of rows) this.dispatch({ id: row.id, channel: row.channel, data: row.payload });
  }

  private poll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.catchUp()
        .catch((error: unknown) => this.logger.warn(`Reading live events failed: ${String(error)}`))
        .finally(() => this.poll());
    }, EMBEDDED_POLL_MS);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connection.url, application_name: 'egcc-live' });
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      try {
        this.dispatch(JSON.parse(message.payload) as LiveEvent);
      } catch {
        this.logger.warn('An unreadable live event was ignored');
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Live events connection lost: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      this.listening = true;
      this.resync();
      // Anything committed while we were not listening.
      await this.catchUp();
    } catch (error) {
      this.logger.warn(
        `Cannot listen for live events yet: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.reconnect(client);
    }
  }

  private resync(): void {
    for (const listener of this.resyncListeners) listener();
  }

  private reconnect(client: Client): void {
    if (this.stopped || (this.client !== null && this.client !== client)) return;
    this.client = null;
    if (this.listening) {
      this.listening = false;
      this.resync();
    }
    client.removeAllListeners();
    client.end().catch(() => undefined);
    this.timer = setTimeout(() => void this.listen(), RECONNECT_MS);
    this.timer.unref();
  }
}
