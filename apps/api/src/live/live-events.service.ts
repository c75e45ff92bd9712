import { Injectable } from '@nestjs/common';
import type { LiveEventData } from '@egcc/contracts';
import type { Db } from '../database/prisma.service';

export const LIVE_CHANNEL = 'egcc_live';

/**
 * Changes every API process must hear of, announced by database triggers (migration
 * member_change_events): they drop what they keep in memory about the member or delegation.
 * Never sent to browsers.
 */
export const SYSTEM_CHANNEL = 'system';
export type SystemEventData =
  { type: 'member.changed'; userId: string } | { type: 'delegation.changed'; delegationId: string };

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

  /** A post changed (edited, removed, hidden, its files): its thread's readers refetch it. */
  postUpdated(db: Db, post: { id: string; threadId: string; number: number }): Promise<void> {
    return this.publish(db, threadChannel(post.threadId), {
      type: 'post.updated',
      threadId: post.threadId,
      postNumber: post.number,
      postId: post.id,
    });
  }

  /** Several events in one statement (in this order), each stored and announced as `publish` does. */
  async publishMany(db: Db, events: { channel: string; data: LiveEventData }[]): Promise<void> {
    if (events.length === 0) return;
    await db.$queryRawUnsafe(
      `WITH ev AS (
         INSERT INTO live_event (channel, type, payload)
         SELECT e.value->>'channel', e.value->'data'->>'type', e.value->'data'
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, position)
          ORDER BY e.position
         RETURNING id, channel, payload)
       SELECT pg_notify('${LIVE_CHANNEL}', json_build_object('id', id::text, 'channel', channel, 'data', payload)::text)::text
         FROM ev ORDER BY id`,
      JSON.stringify(events),
    );
  }
}
