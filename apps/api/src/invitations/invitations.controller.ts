import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  IdParams,
  InvitationListQuery,
  InvitationPage,
  InvitationPreview,
  InvitationSummary,
  InvitationTokenRequest,
  SignInResponse,
} from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams, ValidQuery } from '../common/endpoint';
import { Public } from '../common/public.decorator';
import { InvitationsService } from './invitations.service';

@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Policy('create', 'Invitation')
  @Endpoint({
    summary: 'Invite a person by e-mail, with roles and a delegation',
    response: InvitationSummary,
    status: 201,
  })
  create(
    @CurrentMember() actor: AuthenticatedMember,
    @ValidBody(CreateInvitationRequest) body: CreateInvitationRequest,
  ) {
    return this.invitations.create(actor, body);
  }

  @Get()
  @Policy('read', 'Invitation')
  @Endpoint({ summary: 'Invitations, newest first', response: InvitationPage })
  list(@ValidQuery(InvitationListQuery) query: InvitationListQuery) {
    return this.invitations.list(query);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @Policy('resend', 'Invitation')
  @Endpoint({ summary: 'Send a new link (the old one stops working)', response: InvitationSummary })
  resend(@CurrentMember() actor: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.invitations.resend(actor, params.id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Policy('revoke', 'Invitation')
  @Endpoint({ summary: 'Withdraw an invitation', response: InvitationSummary })
  revoke(@CurrentMember() actor: AuthenticatedMember, @ValidParams(IdParams) params: { id: string }) {
    return this.invitations.revoke(actor, params.id);
  }

  @Public()
  @Post('inspect')
  @HttpCode(200)
  @Endpoint({
    summary: 'What an invitation link is for, before choosing a password',
    response: InvitationPreview,
  })
  inspect(@ValidBody(InvitationTokenRequest) body: InvitationTokenRequest) {
    return this.invitations.inspect(body.token);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @Endpoint({ summary: 'Accept an invitation: choose a password and sign in', response: SignInResponse })
  accept(
    @ValidBody(AcceptInvitationRequest) body: AcceptInvitationRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.invitations.accept(body.token, body.password, request, reply);
  }
}
