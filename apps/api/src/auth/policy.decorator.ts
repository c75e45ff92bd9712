import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from '@egcc/policy';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedMember } from './auth.types';

export const POLICY = 'egcc:policy';
export const ALLOWED_DURING_TWO_FACTOR_SETUP = 'egcc:allowedDuringTwoFactorSetup';

export interface PolicyRequirement {
  action: Action;
  subject: SubjectName;
}

/**
 * What a route needs the member to be allowed, checked by the global access guard against
 * the shared policy (libs/policy). Every route that is not @Public() declares one; checks
 * that depend on the record itself happen in the service.
 */
export const Policy = (action: Action, subject: SubjectName) => SetMetadata(POLICY, { action, subject });

/** Open to a member whom the portal requires to set up two-factor sign-in before anything else. */
export const AllowedDuringTwoFactorSetup = () => SetMetadata(ALLOWED_DURING_TWO_FACTOR_SETUP, true);

/** The signed-in member making the request. */
export const CurrentMember = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedMember => {
    const member = context.switchToHttp().getRequest<FastifyRequest>().member;
    if (!member) throw new Error('CurrentMember used on a route without a signed-in member');
    return member;
  },
);
