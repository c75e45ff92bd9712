import { Controller, Delete, Get, Post, Req, Res } from '@nestjs/common';
import { CalendarFeedStatus, CalendarFeedToken } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidParams } from '../../common/endpoint';
import { Public } from '../../common/public.decorator';
import { CalendarFeedService } from './calendar-feed.service';
import { ICS_CONTENT_TYPE } from './ics';

/** Any path segment: a malformed token gets the same 404 as an unknown one, not a 400 that tells them apart. */
const FeedParams = z.object({ token: z.string().max(200) });

@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('me/calendar-feed')
  @Policy('read', 'Profile')
  @Endpoint({
    summary: 'Whether one has a personal calendar feed, since when, and when a calendar last fetched it',
    response: CalendarFeedStatus,
  })
  status(@CurrentMember() member: AuthenticatedMember) {
    return this.feeds.status(member);
  }

  @Post('me/calendar-feed')
  @Policy('update', 'Profile')
  @Endpoint({
    summary: 'A new personal calendar feed URL, shown once; the previous URL stops working at once',
    response: CalendarFeedToken,
    status: 201,
  })
  issue(@CurrentMember() member: AuthenticatedMember) {
    return this.feeds.issue(member);
  }

  @Delete('me/calendar-feed')
  @Policy('update', 'Profile')
  @Endpoint({ summary: 'Turn one’s calendar feed off: its URL stops working', status: 204 })
  async revoke(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.feeds.revoke(member);
  }

  // Public: calendar applications fetch it without a session. The 256-bit token in the path is
  // the credential (unguessable, so no throttling is needed); an unknown one is a 404.
  @Public()
  @Get('calendar/:token.ics')
  @Endpoint({
    summary:
      'A member’s calendar feed (METHOD:PUBLISH): every meeting from a year ago on, cancelled ones marked; the secret token is the credential',
    response: z.string(),
    contentType: ICS_CONTENT_TYPE,
  })
  async feed(
    @ValidParams(FeedParams) params: z.infer<typeof FeedParams>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.feeds.feed(params.token);
    reply
      .header('cache-control', 'private, max-age=300')
      .header('etag', file.etag)
      // The URL is a secret: keep it out of other sites' logs when a calendar links onwards.
      .header('referrer-policy', 'no-referrer');
    if (file.lastModified) reply.header('last-modified', file.lastModified.toUTCString());
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim() === file.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply
      .header('content-type', ICS_CONTENT_TYPE)
      .header('content-disposition', 'inline; filename="egcc-meetings.ics"')
      .send(file.body);
  }
}
