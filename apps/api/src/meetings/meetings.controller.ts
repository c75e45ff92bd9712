import { Controller, Get, Patch, Post, Res } from '@nestjs/common';
import {
  CancelMeetingRequest,
  CreateMeetingRequest,
  IdParams,
  MeetingDetail,
  MeetingListQuery,
  MeetingPage,
  UpdateMeetingRequest,
} from '@egcc/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { ICS_CONTENT_TYPE } from './calendar/ics';
import { MeetingsService } from './meetings.service';

type IdParam = { id: string };

@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @Policy('read', 'Meeting')
  @Endpoint({
    summary:
      'Upcoming meetings soonest first (when=upcoming) or past ones latest first (when=past); cursor paging',
    response: MeetingPage,
  })
  list(@CurrentMember() member: AuthenticatedMember, @ValidQuery(MeetingListQuery) query: MeetingListQuery) {
    return this.meetings.list(member, query);
  }

  @Post()
  @Policy('create', 'Meeting')
  @Endpoint({
    summary: 'Schedule a meeting (chairs, secretariat): times in an IANA zone, a place and/or an online link',
    response: MeetingDetail,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(CreateMeetingRequest) body: CreateMeetingRequest,
  ) {
    return this.meetings.create(member, body);
  }

  @Get(':id')
  @Policy('read', 'Meeting')
  @Endpoint({ summary: 'One meeting, with what the reader may do with it', response: MeetingDetail })
  detail(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.meetings.detail(member, params.id);
  }

  @Patch(':id')
  @Policy('update', 'Meeting')
  @Endpoint({
    summary:
      'Change a meeting; a new time, zone, place or link raises its calendar SEQUENCE; 409 once cancelled',
    response: MeetingDetail,
  })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(UpdateMeetingRequest) body: UpdateMeetingRequest,
  ) {
    return this.meetings.update(member, params.id, body);
  }

  @Post(':id/cancel')
  @Policy('update', 'Meeting')
  @Endpoint({
    summary:
      'Call a meeting off: it stays listed as cancelled and calendars update; 409 when already cancelled',
    response: MeetingDetail,
    status: 200,
  })
  cancel(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CancelMeetingRequest) body: CancelMeetingRequest,
  ) {
    return this.meetings.cancel(member, params.id, body);
  }

  @Get(':id/calendar.ics')
  @Policy('read', 'Meeting')
  @Endpoint({
    summary: 'The meeting as an iCalendar file (METHOD:PUBLISH) to add to a calendar application',
    response: z.string(),
    contentType: ICS_CONTENT_TYPE,
  })
  async calendar(@ValidParams(IdParams) params: IdParam, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.meetings.calendarFile(params.id);
    await reply
      .header('content-type', ICS_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.body);
  }
}
