import type { Role, UserStatus, MembershipStatus } from '@egcc/contracts';
import type { AppAbility } from '@egcc/policy';

/** The member a request is made by, resolved from the session cookie. */
export interface AuthenticatedMember {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: UserStatus;
  delegationId: string | null;
  delegationStatus: MembershipStatus | null;
  twoFactorEnabled: boolean;
  sessionId: string;
  /** The session's cookie token, from which the CSRF token is derived. */
  sessionToken: string;
  idleExpiresAt: Date;
  ability: AppAbility;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access guard on routes that require a signed-in member. */
    member?: AuthenticatedMember;
  }
}
