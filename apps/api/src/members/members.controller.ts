import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { IdParams, MemberDetail, MemberListQuery, MemberPage, UpdateMemberRequest } from '@egcc/contracts';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { MembersService } from './members.service';

@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Policy('readPrivate', 'Member')
  @Endpoint({
    summary: 'Members with their status and sign-in details, for the secretariat',
    response: MemberPage,
  })
  list(@ValidQuery(MemberListQuery) query: MemberListQuery) {
    return this.members.list(query);
  }

  @Get(':id')
  @Policy('readPrivate', 'Member')
  @Endpoint({ summary: 'One member, for the secretariat', response: MemberDetail })
  get(@ValidParams(IdParams) params: { id: string }) {
    return this.members.get(params.id);
  }

  @Patch(':id')
  @Policy('update', 'Member')
  @Endpoint({
    summary: "Change a member's details, roles or placement (not one's own roles)",
    response: MemberDetail,
  })
  update(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
    @ValidBody(UpdateMemberRequest) body: UpdateMemberRequest,
  ) {
    return this.members.update(actor, params.id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Policy('deactivate', 'Member')
  @Endpoint({
    summary: 'Deactivate a member: they cannot sign in and their sessions end',
    response: MemberDetail,
  })
  deactivate(@CurrentMember() actor: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.members.deactivate(actor, params.id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Policy('reactivate', 'Member')
  @Endpoint({ summary: 'Reactivate a deactivated member', response: MemberDetail })
  reactivate(@CurrentMember() actor: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.members.reactivate(actor, params.id);
  }
}
