import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { DomainException } from '../common/domain.exception';
import { IS_PUBLIC } from '../common/public.decorator';
import type { AuthenticatedMember } from './auth.types';
import { changesState, csrfTokenMatches, sameOrigin } from './csrf';
import { ALLOWED_DURING_TWO_FACTOR_SETUP, POLICY, type PolicyRequirement } from './policy.decorator';
import { SessionService } from './session.service';
import { TwoFactorService } from './two-factor.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/**
 * The one gate in front of every route (registered globally). A route is closed unless it is
 * @Public(); a closed route needs a signed-in member (the "session" strategy), passes the
 * CSRF checks when it changes something, and needs what its @Policy() names from the shared
 * policy. A closed route without a @Policy() is a programming error and answers 500.
 */
@Injectable()
export class AccessGuard extends AuthGuard('session') {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super({ property: 'member', session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const unsafe = changesState(request.method);
    if (unsafe && !sameOrigin(request, this.config.PUBLIC_URL)) {
      throw DomainException.forbidden('Cross-site requests are refused.');
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const policy = this.reflector.getAllAndOverride<PolicyRequirement | undefined>(POLICY, targets);
    if (!policy) {
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} is neither @Public() nor has a @Policy()`,
      );
    }
    await super.canActivate(context);
    const member = request.member as AuthenticatedMember;

    if (unsafe && !csrfTokenMatches(request, this.sessions.csrfTokenFor(member.sessionToken))) {
      throw DomainException.forbidden(
        'The request lacks the CSRF token of your session. Reload the page and try again.',
      );
    }
    if (
      !member.twoFactorEnabled &&
      this.twoFactor.requiredFor(member.roles) &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_DURING_TWO_FACTOR_SETUP, targets)
    ) {
      throw new DomainException(
        'TWO_FACTOR_SETUP_REQUIRED',
        'The portal requires two-factor sign-in for your account: set it up in your profile first.',
      );
    }
    if (!member.ability.can(policy.action, policy.subject)) {
      throw DomainException.forbidden();
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, member: TUser): TUser {
    if (error) throw error;
    if (!member) throw DomainException.unauthenticated('Please sign in.');
    return member;
  }
}
