import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { defineAbilityFor, mayParticipate } from '@egcc/policy';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import type { AuthenticatedMember } from './auth.types';
import { SessionService } from './session.service';

/**
 * Passport strategy "session": the member behind the session cookie, if the session is live
 * and the member may take part. A session of a member who may not (deactivated, or of a
 * suspended or withdrawn delegation) is ended on sight.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(
    private readonly sessions: SessionService,
    private readonly prisma: PrismaService,
  ) {
    super();
  }

  async validate(request: FastifyRequest): Promise<AuthenticatedMember | false> {
    const token = this.sessions.tokenFrom(request);
    if (!token) return false;
    const session = await this.sessions.resolve(token);
    if (!session) return false;
    if (!mayParticipate(session)) {
      await this.sessions.revoke(this.prisma, session.sessionId, 'member_may_not_participate');
      throw DomainException.unauthenticated(
        session.status !== 'ACTIVE'
          ? 'Your account is deactivated. Please contact the secretariat.'
          : "Your delegation's participation in the group is suspended or has ended, so you cannot sign in.",
      );
    }
    const idleExpiresAt = await this.sessions.touch(session);
    return {
      id: session.userId,
      email: session.email,
      name: session.name,
      roles: session.roles,
      status: session.status,
      delegationId: session.delegationId,
      delegationStatus: session.delegationStatus,
      twoFactorEnabled: session.twoFactorEnabled,
      sessionId: session.sessionId,
      sessionToken: token,
      idleExpiresAt,
      ability: defineAbilityFor({ ...session, id: session.userId }),
    };
  }
}
