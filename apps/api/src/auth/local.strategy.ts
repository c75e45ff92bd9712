import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { SignInRequest } from '@egcc/contracts';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { DomainException } from '../common/domain.exception';
import { fieldErrors } from '../common/zod-validation.pipe';
import { AuthService, type VerifiedMember } from './auth.service';

/** Passport strategy "local": e-mail and password, throttled and audited by AuthService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<VerifiedMember> {
    return this.auth.verifyPassword(email, password, request.ip);
  }
}

/** Runs the local strategy after checking the body's shape, so a malformed body is a 400. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  constructor() {
    super({ property: 'verifiedMember', session: false });
  }

  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const parsed = SignInRequest.safeParse(request.body);
    if (!parsed.success) throw DomainException.validation(fieldErrors(parsed.error.issues, 'body'));
    request.body = parsed.data;
    return super.canActivate(context) as Promise<boolean>;
  }

  override handleRequest<T>(error: unknown, member: T): T {
    if (error) throw error;
    if (!member) throw DomainException.unauthenticated('The e-mail address or password is not correct.');
    return member;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    verifiedMember?: VerifiedMember;
  }
}
