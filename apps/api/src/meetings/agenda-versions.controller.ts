import { Controller, Get, Post } from '@nestjs/common';
import {
  AgendaDiff,
  AgendaDiffQuery,
  AgendaVersionDetail,
  AgendaVersionSummary,
  Id,
  IdParams,
  PublishAgendaRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { AgendaPublishingService } from './agenda-publishing.service';

type IdParam = { id: string };
const VersionParams = z.object({
  id: Id,
  number: z.coerce
    .number()
    .int('is not a version number')
    .min(1, 'is not a version number')
    .max(2_147_483_647),
});
type VersionParams = z.infer<typeof VersionParams>;

/** Publishing the agenda and its published versions. */
@Controller('meetings/:id/agenda')
export class AgendaVersionsController {
  constructor(private readonly publishing: AgendaPublishingService) {}

  @Post('publish')
  @Policy('publish', 'Meeting')
  @Endpoint({
    summary:
      'Publish the agenda as its next version and tell every member (in the portal, and by e-mail with an .ics invitation); 409 when nothing changed since the last version',
    response: AgendaVersionSummary,
    status: 201,
  })
  publish(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(PublishAgendaRequest) body: PublishAgendaRequest,
  ) {
    return this.publishing.publish(member, params.id, body);
  }

  @Get('versions')
  @Policy('read', 'AgendaItem')
  @Endpoint({
    summary: 'The published versions of the agenda, newest first',
    response: z.array(AgendaVersionSummary),
  })
  versions(@ValidParams(IdParams) params: IdParam) {
    return this.publishing.versions(params.id);
  }

  @Get('versions/:number')
  @Policy('read', 'AgendaItem')
  @Endpoint({
    summary: 'One published version of the agenda, as it was published',
    response: AgendaVersionDetail,
  })
  version(@ValidParams(VersionParams) params: VersionParams) {
    return this.publishing.version(params.id, params.number);
  }

  @Get('diff')
  @Policy('read', 'AgendaItem')
  @Endpoint({
    summary: 'What changed between two published versions: the meeting’s particulars and each item',
    response: AgendaDiff,
  })
  diff(@ValidParams(IdParams) params: IdParam, @ValidQuery(AgendaDiffQuery) query: AgendaDiffQuery) {
    return this.publishing.diff(params.id, query);
  }
}
