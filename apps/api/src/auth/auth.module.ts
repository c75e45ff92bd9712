import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { Secrets } from '../common/secrets';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { PasswordPolicy } from './password-policy';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';
import { ThrottleService } from './throttle.service';
import { TwoFactorService } from './two-factor.service';

@Global()
@Module({
  imports: [PassportModule],
  controllers: [AuthController, PasswordResetController],
  providers: [
    Secrets,
    SessionService,
    SessionStrategy,
    LocalStrategy,
    AuthService,
    ThrottleService,
    TwoFactorService,
    PasswordPolicy,
    PasswordResetService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [Secrets, SessionService, AuthService, ThrottleService, TwoFactorService, PasswordPolicy],
})
export class AuthModule {}
