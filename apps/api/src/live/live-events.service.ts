import { Injectable } from '@nestjs/common';
import type { LiveEventData } from '@egcc/contracts';
import type { Db } from '../database/prisma.service';

export const LIVE_CHANNEL = 'egcc_live';

export const threadChannel = (threadId: string) => `thread:${threadId}`;
export const memberChannel = (userId: string) => `user:${userId}`;

export interface LiveEvent {
  id: string;
  channel: string;
  data: LiveEventData;
}

/**
 * Publishes live events. Call it inside the transaction that makes the change: the event is
 * stored (for browsers that reconnect with Last-Event-ID) and announced with NOTIFY, which
 * Postgres delivers when, and only if, the transaction commits.
 */
@Injectable()
export class LiveEventsService {
  async publish(db: Db, channel: string, data: LiveEventData): Promise<void> {
    const event = await db.liveEvent.create({
      data: { channel, type: data.type, payload: data },
      select: { id: true },
    });
    const message: LiveEvent = { id: event.id.toString(), channel, data };
    await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`;
  }
}
