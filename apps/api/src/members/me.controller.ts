import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ChangePasswordRequest,
  CurrentMember as CurrentMemberView,
  IdParams,
  RecoveryCodesResponse,
  SessionSummary,
  TotpConfirmRequest,
  TotpEnableRequest,
  TotpSetupResponse,
  UpdateProfileRequest,
} from '@egcc/contracts';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { AllowedDuringTwoFactorSetup, CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidBody, ValidParams } from '../common/endpoint';
import { MeService } from './me.service';

@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @Policy('read', 'Profile')
  @AllowedDuringTwoFactorSetup()
  @Endpoint({ summary: 'The signed-in member', response: CurrentMemberView })
  get(@CurrentMember() member: AuthenticatedMember) {
    return this.me.get(member.id);
  }

  @Patch()
  @Policy('update', 'Profile')
  @Endpoint({ summary: 'Change one’s name, title or time zone', response: CurrentMemberView })
  update(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(UpdateProfileRequest) body: UpdateProfileRequest,
  ) {
    return this.me.updateProfile(member, body);
  }

  @Post('password')
  @Policy('update', 'Profile')
  @Endpoint({
    summary: 'Change one’s password (needs the current one); ends every other session',
    status: 204,
  })
  async changePassword(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(ChangePasswordRequest) body: ChangePasswordRequest,
  ) {
    await this.me.changePassword(member, body);
  }

  @Get('sessions')
  @Policy('read', 'Session')
  @Endpoint({ summary: 'One’s live sessions: device, address, last seen', response: z.array(SessionSummary) })
  sessions(@CurrentMember() member: AuthenticatedMember) {
    return this.me.listSessions(member);
  }

  @Delete('sessions/:id')
  @Policy('delete', 'Session')
  @Endpoint({ summary: 'End one of one’s sessions', status: 204 })
  async endSession(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(IdParams) params: { id: string },
  ) {
    await this.me.endSession(member, params.id);
  }

  @Post('two-factor/setup')
  @HttpCode(200)
  @Policy('update', 'TwoFactor')
  @AllowedDuringTwoFactorSetup()
  @Endpoint({
    summary: 'Start setting up two-factor sign-in: a secret and its QR code',
    response: TotpSetupResponse,
  })
  setupTwoFactor(@CurrentMember() member: AuthenticatedMember) {
    return this.me.beginTwoFactorSetup(member);
  }

  @Post('two-factor/enable')
  @HttpCode(200)
  @Policy('update', 'TwoFactor')
  @AllowedDuringTwoFactorSetup()
  @Endpoint({
    summary: 'Confirm the set-up with a code; returns recovery codes, shown once',
    response: RecoveryCodesResponse,
  })
  enableTwoFactor(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(TotpEnableRequest) body: TotpEnableRequest,
  ) {
    return this.me.enableTwoFactor(member, body.code);
  }

  @Post('two-factor/disable')
  @Policy('update', 'TwoFactor')
  @Endpoint({ summary: 'Turn two-factor sign-in off (needs the password and a code)', status: 204 })
  async disableTwoFactor(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(TotpConfirmRequest) body: TotpConfirmRequest,
  ) {
    await this.me.disableTwoFactor(member, body.password, body.code);
  }

  @Post('two-factor/recovery-codes')
  @HttpCode(200)
  @Policy('update', 'TwoFactor')
  @Endpoint({ summary: 'New recovery codes; the old ones stop working', response: RecoveryCodesResponse })
  regenerateRecoveryCodes(
    @CurrentMember() member: AuthenticatedMember,
    @ValidBody(TotpConfirmRequest) body: TotpConfirmRequest,
  ) {
    return this.me.regenerateRecoveryCodes(member, body.password, body.code);
  }
}
