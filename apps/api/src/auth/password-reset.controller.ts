import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  Accepted,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  PasswordResetTokenRequest,
  ResetLinkPreview,
} from '@egcc/contracts';
import type { FastifyRequest } from 'fastify';
import { Endpoint, ValidBody } from '../common/endpoint';
import { Public } from '../common/public.decorator';
import { PasswordResetService, RESET_ACKNOWLEDGEMENT } from './password-reset.service';

@Public()
@Controller('password-resets')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary: 'E-mail a link to choose a new password (the same answer whether or not the address is known)',
    status: 202,
    response: Accepted,
  })
  async request(
    @ValidBody(PasswordResetRequest) body: PasswordResetRequest,
    @Req() request: FastifyRequest,
  ): Promise<Accepted> {
    await this.resets.request(body.email, request.ip);
    return { message: RESET_ACKNOWLEDGEMENT };
  }

  @Post('inspect')
  @HttpCode(200)
  @Endpoint({ summary: 'Check a reset link before asking for the new password', response: ResetLinkPreview })
  inspect(@ValidBody(PasswordResetTokenRequest) body: PasswordResetTokenRequest) {
    return this.resets.inspect(body.token);
  }

  @Post('confirm')
  @Endpoint({ summary: 'Choose a new password with a reset link; ends every session', status: 204 })
  async confirm(@ValidBody(PasswordResetConfirmRequest) body: PasswordResetConfirmRequest): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }
}
