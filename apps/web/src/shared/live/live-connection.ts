import type { LiveEventData } from '@egcc/contracts';

// Part of the first page load: types only from the contracts, and a hand-written check of
// each event instead of the zod schema.

/** What the stream sends, plus "reconnected": the tab was cut off and may have missed events. */
export type LiveEvent = LiveEventData | { type: 'reconnected' };

export const LIVE_EVENT_TYPES = [
  'post.created',
  'post.updated',
  'thread.updated',
  'notification.created',
  'notifications.read',
] as const satisfies readonly LiveEventData['type'][];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isInt = (value: unknown): value is number => Number.isInteger(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The event in an SSE message's data, or null when it is not one we know (ignored, not fatal). */
export function parseLiveEvent(data: string): LiveEventData | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  switch (value['type']) {
    case 'post.created':
    case 'post.updated':
      return isText(value['threadId']) && isInt(value['postNumber']) && isText(value['postId'])
        ? (value as LiveEventData)
        : null;
    case 'thread.updated':
      return isText(value['threadId']) ? (value as LiveEventData) : null;
    case 'notification.created':
      return isText(value['notificationId']) && isInt(value['unreadCount']) ? (value as LiveEventData) : null;
    case 'notifications.read':
      return isInt(value['unreadCount']) ? (value as LiveEventData) : null;
    default:
      return null;
  }
}

/** The part of the browser's EventSource that we use (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

const CLOSED = 2;
const MAX_RETRY_MS = 60_000;

export interface LiveConnectionOptions {
  createSource?: EventSourceFactory;
  /** Called when the stream failed for good (a 401, the server gone): e.g. check the session. */
  onClosed?: () => void;
  /** Called each time a stream opens: a new stream starts with what happens next, so catch up. */
  onOpen?: () => void;
}

/**
 * One EventSource per tab: the member's own channel always, and the open thread's while a
 * thread page is shown (the stream is reopened when that changes). The browser reconnects a
 * dropped stream by itself, resuming with Last-Event-ID; a stream that failed for good (an
 * error answer) is reopened here, waiting longer each time.
 */
export class LiveConnection {
  private source: EventSourceLike | null = null;
  private sourceUrl = '';
  private thread: string | null = null;
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private started = false;
  private pendingReopen: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMs = 3000;
  private failedForGood = false;
  private readonly createSource: EventSourceFactory;

  constructor(private readonly options: LiveConnectionOptions = {}) {
    this.createSource = options.createSource ?? ((url) => new EventSource(url));
  }

  /** The address of the stream for the current thread. */
  get url(): string {
    return this.thread ? `/api/v1/events?thread=${encodeURIComponent(this.thread)}` : '/api/v1/events';
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.open();
  }

  stop(): void {
    this.started = false;
    this.clearTimers();
    this.source?.close();
    this.source = null;
  }

  /**
   * The thread whose events this tab wants (null: none). Leaving one thread page for another
   * sets null and then the next id in one go: the stream is reopened once, after both.
   */
  setThread(threadId: string | null): void {
    if (this.thread === threadId) return;
    this.thread = threadId;
    if (!this.started || this.pendingReopen) return;
    this.pendingReopen = setTimeout(() => {
      this.pendingReopen = null;
      if (this.started && this.sourceUrl !== this.url) this.open();
    }, 0);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private clearTimers(): void {
    if (this.pendingReopen) clearTimeout(this.pendingReopen);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pendingReopen = null;
    this.retryTimer = null;
  }

  private open(): void {
    this.clearTimers();
    this.source?.close();
    this.sourceUrl = this.url;
    const source = this.createSource(this.sourceUrl);
    this.source = source;
    source.addEventListener('open', () => {
      if (this.source !== source) return;
      this.retryMs = 3000;
      if (this.failedForGood) {
        this.failedForGood = false;
        this.emit({ type: 'reconnected' });
      }
      this.options.onOpen?.();
    });
    source.addEventListener('error', () => {
      if (this.source !== source || source.readyState !== CLOSED) return;
      // An error answer (401, 503…): the browser gives up; try again later.
      this.failedForGood = true;
      this.options.onClosed?.();
      if (!this.started) return;
      this.retryTimer = setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    });
    for (const type of LIVE_EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        if (this.source !== source) return;
        const event = parseLiveEvent(message.data);
        if (event) this.emit(event);
      });
    }
  }
}
