import { Controller, Get, Req, Res } from '@nestjs/common';
import { Id } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidQuery } from '../common/endpoint';
import { LiveHub } from './live-hub';
import { type LiveEvent, memberChannel, threadChannel } from './live-events.service';

const EventsQuery = z.object({ thread: Id.optional() });
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for one browser tab: the member's own events (notifications, badge) and,
 * when a thread is open, that thread's. A reconnecting browser sends Last-Event-ID and gets
 * what it missed first.
 */
@Controller('events')
export class LiveController {
  constructor(private readonly hub: LiveHub) {}

  @Get()
  @Policy('read', 'Notification')
  @Endpoint({
    summary: 'Live events (text/event-stream)',
    response: z.string(),
    contentType: 'text/event-stream',
  })
  async stream(
    @CurrentMember() member: AuthenticatedMember,
    @ValidQuery(EventsQuery) query: z.infer<typeof EventsQuery>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const channels = [memberChannel(member.id), ...(query.thread ? [threadChannel(query.thread)] : [])];
    const lastEventId = request.headers['last-event-id'];
    const resumeFrom = typeof lastEventId === 'string' && /^\d{1,19}$/.test(lastEventId) ? lastEventId : null;

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
    });
    const send = (event: LiveEvent) => {
      raw.write(`id: ${event.id}\nevent: ${event.data.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
    };
    // Subscribe before replaying, so nothing committed in between is lost; an event both
    // replayed and announced meanwhile is sent once.
    const buffered: LiveEvent[] = [];
    const replayed = new Set<string>();
    let replaying = true;
    const unsubscribe = this.hub.subscribe(channels, (event) =>
      replaying ? buffered.push(event) : send(event),
    );
    raw.write(`retry: 3000\n\n`);
    if (resumeFrom) {
      for (const event of await this.hub.since(resumeFrom, channels)) {
        replayed.add(String(event.id));
        send(event);
      }
    }
    replaying = false;
    for (const event of buffered) if (!replayed.has(String(event.id))) send(event);
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }
}
