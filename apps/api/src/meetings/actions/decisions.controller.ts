import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import { CreateDecisionRequest, DecisionView, Id, IdParams, UpdateDecisionRequest } from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../../auth/auth.types';
import { CurrentMember, Policy } from '../../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../../common/endpoint';
import { DecisionsService } from './decisions.service';

type IdParam = { id: string };
const DecisionParams = z.object({ id: Id, decisionId: Id });
type DecisionParams = z.infer<typeof DecisionParams>;

/** Decisions of a meeting: every member reads them; the chair and the secretariat record them. */
@Controller('meetings/:id/decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Get()
  @Policy('read', 'Decision')
  @Endpoint({
    summary: 'The decisions taken at the meeting, in agenda order',
    response: z.array(DecisionView),
  })
  list(@ValidParams(IdParams) params: IdParam) {
    return this.decisions.list(params.id);
  }

  @Post()
  @Policy('create', 'Decision')
  @Endpoint({
    summary:
      'Record a decision, optionally against an item of this meeting’s agenda; 409 once the meeting is cancelled',
    response: DecisionView,
    status: 201,
  })
  create(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: IdParam,
    @ValidBody(CreateDecisionRequest) body: CreateDecisionRequest,
  ) {
    return this.decisions.create(member, params.id, body);
  }

  @Patch(':decisionId')
  @Policy('update', 'Decision')
  @Endpoint({ summary: 'Correct a decision’s wording', response: DecisionView })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(DecisionParams) params: DecisionParams,
    @ValidBody(UpdateDecisionRequest) body: UpdateDecisionRequest,
  ) {
    return this.decisions.update(member, params.id, params.decisionId, body);
  }

  @Delete(':decisionId')
  @Policy('delete', 'Decision')
  @Endpoint({
    summary: 'Delete a decision recorded by mistake; its action items stay, no longer tied to it',
    status: 204,
  })
  async remove(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(DecisionParams) params: DecisionParams,
  ): Promise<void> {
    await this.decisions.remove(member, params.id, params.decisionId);
  }
}
