import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApproveMinutesRequest,
  CirculateMinutesRequest,
  CreateMinutesCommentRequest,
  Id,
  IdParams,
  MinutesRevisionDetail,
  MinutesRevisionSummary,
  MinutesView,
  ReportVersion,
  SaveMinutesRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../../common/endpoint';
import { MinutesWorkflowService } from './minutes-workflow.service';
import { MinutesService } from './minutes.service';

type IdParam = { id: string };
const RevisionParams = z.object({ id: Id, version: z.coerce.number().pipe(ReportVersion) });
type RevisionParams = z.infer<typeof RevisionParams>;

/** Minutes: the chair drafts and circulates them, members comment, the next meeting approves them. */
@Controller('meetings/:id/minutes')
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly workflow: MinutesWorkflowService,
  ) {}

  @Get()
  @Policy('read', 'Minutes')
  @Endpoint({
    summary: 'The minutes with the comments on them; 404 to members until they are circulated',
    response: MinutesView,
  })
  read(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.minutes.read(member, params.id);
  }

  @Put()
  @Policy('update', 'Minutes')
  @Endpoint({
    summary:
      'Save the whole draft (the first save makes version 1); 409 with the current version when someone saved in between, before the meeting starts, and once approved',
    response: MinutesView,
  })
  save(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(SaveMinutesRequest) body: SaveMinutesRequest,
  ) {
    return this.minutes.save(member, params.id, body);
  }

  @Post('circulate')
  @HttpCode(200)
  @Policy('circulate', 'Minutes')
  @Endpoint({ summary: 'Circulate the draft to every member for comment', response: MinutesView })
  circulate(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CirculateMinutesRequest) body: CirculateMinutesRequest,
  ) {
    return this.workflow.circulate(member, params.id, body);
  }

  @Post('approve')
  @HttpCode(200)
  @Policy('approve', 'Minutes')
  @Endpoint({
    summary:
      'Approve circulated minutes at (or after) the next meeting, which must have started; they are then locked',
    response: MinutesView,
  })
  approve(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(ApproveMinutesRequest) body: ApproveMinutesRequest,
  ) {
    return this.workflow.approve(member, params.id, body);
  }

  @Post('comments')
  @Policy('comment', 'Minutes')
  @Endpoint({
    summary: 'Comment on circulated minutes (on an agenda item or in general); not observers',
    response: MinutesView,
    status: 201,
  })
  comment(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CreateMinutesCommentRequest) body: CreateMinutesCommentRequest,
  ) {
    return this.minutes.comment(member, params.id, body);
  }

  @Get('revisions')
  @Policy('read', 'Minutes')
  @Endpoint({
    summary: 'Every version of the minutes, newest first (members: those since they were circulated)',
    response: z.array(MinutesRevisionSummary),
  })
  revisions(@CurrentMember() member: AuthenticatedMember, @ValidParams(IdParams) params: IdParam) {
    return this.minutes.revisions(member, params.id);
  }

  @Get('revisions/:version')
  @Policy('read', 'Minutes')
  @Endpoint({ summary: 'What a version of the minutes said', response: MinutesRevisionDetail })
  revision(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(RevisionParams) params: RevisionParams,
  ) {
    return this.minutes.revision(member, params.id, params.version);
  }
}
