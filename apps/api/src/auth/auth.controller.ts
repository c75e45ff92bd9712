import { Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CurrentSession, SecondFactorRequest, SignInRequest, SignInResponse } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Endpoint, ValidBody } from '../common/endpoint';
import { Public } from '../common/public.decorator';
import type { AuthenticatedMember } from './auth.types';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './local.strategy';
import { AllowedDuringTwoFactorSetup, CurrentMember, Policy } from './policy.decorator';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('sign-in')
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @Endpoint({
    summary: 'Sign in with e-mail and password (then a second factor, if the member uses one)',
    response: SignInResponse,
  })
  signIn(
    @ValidBody(SignInRequest) _body: SignInRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInResponse> {
    const member = request.verifiedMember;
    if (!member) throw new Error('LocalAuthGuard did not run');
    return this.auth.afterPassword(member, request, reply);
  }

  @Public()
  @Post('sign-in/second-factor')
  @HttpCode(200)
  @Endpoint({
    summary: 'Finish signing in with a code from the authenticator app or a recovery code',
    response: SignInResponse,
  })
  secondFactor(
    @ValidBody(SecondFactorRequest) body: z.infer<typeof SecondFactorRequest>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInResponse> {
    return this.auth.verifySecondFactor(body, request, reply);
  }

  @Get('session')
  @Policy('read', 'Profile')
  @AllowedDuringTwoFactorSetup()
  @Endpoint({
    summary: 'The signed-in member, their permissions and the CSRF token',
    response: CurrentSession,
  })
  session(@CurrentMember() member: AuthenticatedMember): Promise<CurrentSession> {
    return this.auth.currentSession(member);
  }

  @Post('sign-out')
  @Policy('read', 'Profile')
  @AllowedDuringTwoFactorSetup()
  @Endpoint({ summary: 'End this session', status: 204 })
  async signOut(
    @CurrentMember() member: AuthenticatedMember,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.signOut(member, request, reply);
  }
}
