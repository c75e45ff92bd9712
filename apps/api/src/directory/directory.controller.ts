import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ChangeDelegationStatusRequest,
  CreateDelegationRequest,
  CreateMinistryRequest,
  DelegationCodeParams,
  DelegationDetail,
  DelegationSummary,
  IdParams,
  Ministry,
  UpdateDelegationRequest,
  UpdateMinistryRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { DirectoryService } from './directory.service';

type CodeParams = z.infer<typeof DelegationCodeParams>;

@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('delegations')
  @Policy('read', 'Delegation')
  @Endpoint({
    summary: 'Every delegation, with its status and ministries',
    response: z.array(DelegationSummary),
  })
  list() {
    return this.directory.list();
  }

  @Get('delegations/:code')
  @Policy('read', 'Delegation')
  @Endpoint({ summary: 'A delegation: ministries, members and status history', response: DelegationDetail })
  get(@ValidParams(DelegationCodeParams) params: CodeParams) {
    return this.directory.get(params.code);
  }

  @Post('delegations')
  @Policy('create', 'Delegation')
  @Endpoint({ summary: 'Add a delegation', response: DelegationDetail, status: 201 })
  create(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidBody(CreateDelegationRequest) body: CreateDelegationRequest,
  ) {
    return this.directory.create(actor, body);
  }

  @Patch('delegations/:code')
  @Policy('update', 'Delegation')
  @Endpoint({ summary: "Change a delegation's names or kind", response: DelegationDetail })
  update(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidParams(DelegationCodeParams) params: CodeParams,
    @ValidBody(UpdateDelegationRequest) body: UpdateDelegationRequest,
  ) {
    return this.directory.update(actor, params.code, body);
  }

  @Post('delegations/:code/status')
  @HttpCode(200)
  @Policy('changeStatus', 'Delegation')
  @Endpoint({
    summary: "Record a change of a delegation's membership status, with its date",
    response: DelegationDetail,
  })
  changeStatus(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidParams(DelegationCodeParams) params: CodeParams,
    @ValidBody(ChangeDelegationStatusRequest) body: ChangeDelegationStatusRequest,
  ) {
    return this.directory.changeStatus(actor, params.code, body);
  }

  @Post('delegations/:code/ministries')
  @Policy('create', 'Ministry')
  @Endpoint({ summary: 'Add a ministry to a delegation', response: Ministry, status: 201 })
  createMinistry(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidParams(DelegationCodeParams) params: CodeParams,
    @ValidBody(CreateMinistryRequest) body: CreateMinistryRequest,
  ) {
    return this.directory.createMinistry(actor, params.code, body);
  }

  @Patch('ministries/:id')
  @Policy('update', 'Ministry')
  @Endpoint({ summary: 'Change or archive a ministry', response: Ministry })
  updateMinistry(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @ValidBody(UpdateMinistryRequest) body: UpdateMinistryRequest,
  ) {
    return this.directory.updateMinistry(actor, params.id, body);
  }
}
