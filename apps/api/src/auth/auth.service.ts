import { Injectable } from '@nestjs/common';
import type { CurrentSession, SignInResponse } from '@egcc/contracts';
import { mayParticipate, rulesFor } from '@egcc/policy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { DomainException } from '../common/domain.exception';
import { Secrets } from '../common/secrets';
import { PrismaService } from '../database/prisma.service';
import type { Role } from '../generated/prisma/enums';
import { memberSelect, toCurrentMember } from '../members/member.views';
import type { AuthenticatedMember } from './auth.types';
import { hashPassword, verifyPassword } from './passwords';
import { SessionService } from './session.service';
import { ThrottleService } from './throttle.service';
import { TwoFactorService } from './two-factor.service';

export interface VerifiedMember {
  id: string;
  email: string;
  roles: Role[];
  twoFactorEnabled: boolean;
}

const WRONG_CREDENTIALS = 'The e-mail address or password is not correct.';
const CHALLENGE_PURPOSE = 'sign-in-challenge';
const CHALLENGE_TTL_SECONDS = 300;

/** Keeps the time a wrong e-mail takes equal to a wrong password's: no account enumeration. */
let dummyHash: Promise<string> | undefined;

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
    private readonly secrets: Secrets,
  ) {}

  /**
   * Step one of signing in. Wrong e-mail and wrong password fail alike; a correct password of
   * a member who may not take part gets a clear message (it reveals nothing to a stranger).
   */
  async verifyPassword(email: string, password: string, ipAddress: string): Promise<VerifiedMember> {
    await this.throttle.assertAllowed('SIGN_IN', email, ipAddress);
    const user = await this.prisma.user.findUnique({
      where: { email },
      select: {
        id: true,
        email: true,
        roles: true,
        status: true,
        passwordHash: true,
        totpEnabledAt: true,
        delegation: { select: { membershipStatus: true } },
      },
    });
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(
          await (dummyHash ??= hashPassword('not a real password, only for timing')),
          password,
        ).then(() => false);
    if (!user || !valid) {
      await this.throttle.record('SIGN_IN', email, ipAddress, false);
      await this.audit.record(this.prisma, {
        actorId: null,
        action: 'session.sign_in_failed',
        targetType: user ? 'member' : undefined,
        targetId: user?.id,
        details: { email },
      });
      throw DomainException.unauthenticated(WRONG_CREDENTIALS);
    }
    const participation = {
      status: user.status,
      delegationStatus: user.delegation?.membershipStatus ?? null,
    };
    if (!mayParticipate(participation)) {
      await this.throttle.record('SIGN_IN', email, ipAddress, false);
      await this.audit.record(this.prisma, {
        actorId: null,
        action: 'session.sign_in_refused',
        targetType: 'member',
        targetId: user.id,
        details: { email, status: user.status, delegationStatus: participation.delegationStatus },
      });
      throw DomainException.forbidden(
        user.status !== 'ACTIVE'
          ? 'Your account is not active. Please contact the secretariat.'
          : "Your delegation's participation in the group is suspended or has ended, so you cannot sign in.",
      );
    }
    return {
      id: user.id,
      email: user.email,
      roles: user.roles,
      twoFactorEnabled: user.totpEnabledAt !== null,
    };
  }

  /** After the password: a challenge for the second factor, or a new session. */
  async afterPassword(
    member: VerifiedMember,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SignInResponse> {
    if (member.twoFactorEnabled) {
      return {
        status: 'second_factor_required',
        challenge: this.secrets.sign(CHALLENGE_PURPOSE, member.id, CHALLENGE_TTL_SECONDS),
      };
    }
    return this.startSession(member, request, reply, 'password');
  }

  /** Step two: a code from the authenticator app, or a recovery code. */
  async verifySecondFactor(
    input: { challenge: string; code?: string; recoveryCode?: string },
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SignInResponse> {
    const userId = this.secrets.verify(CHALLENGE_PURPOSE, input.challenge);
    if (!userId)
      throw DomainException.unauthenticated('The sign-in has expired. Please enter your password again.');
    await this.throttle.assertAllowed('MFA', userId, request.ip);
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, roles: true, totpSecret: true, totpLastUsedStep: true },
    });

    let accepted = false;
    await this.prisma.$transaction(async (tx) => {
      if (input.code && user.totpSecret) {
        const step = this.twoFactor.acceptedStep(
          user.totpSecret,
          input.code,
          user.totpLastUsedStep,
          user.email,
        );
        if (step !== null) {
          // Conditional on the last step, so two requests with one code cannot both pass.
          const { count } = await tx.user.updateMany({
            where: { id: user.id, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
            data: { totpLastUsedStep: step },
          });
          accepted = count === 1;
        }
      } else if (input.recoveryCode) {
        const { count } = await tx.recoveryCode.updateMany({
          where: {
            userId: user.id,
            usedAt: null,
            codeHash: this.twoFactor.recoveryCodeHash(input.recoveryCode),
          },
          data: { usedAt: new Date() },
        });
        accepted = count === 1;
        if (accepted) {
          await this.audit.record(tx, {
            actorId: user.id,
            action: 'member.recovery_code_used',
            targetType: 'member',
            targetId: user.id,
          });
        }
      }
    });
    await this.throttle.record('MFA', userId, request.ip, accepted);
    if (!accepted) {
      await this.audit.record(this.prisma, {
        actorId: null,
        action: 'session.second_factor_failed',
        targetType: 'member',
        targetId: user.id,
      });
      throw DomainException.unauthenticated(
        'That code is not valid. Codes change every 30 seconds and work once.',
      );
    }
    return this.startSession(
      { ...user, twoFactorEnabled: true },
      request,
      reply,
      input.code ? 'totp' : 'recovery_code',
    );
  }

  /** An invitee who just chose their password is signed in (no second factor yet). */
  async signInAfterInvitation(
    userId: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SignInResponse> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, roles: true },
    });
    return this.startSession({ ...user, twoFactorEnabled: false }, request, reply, 'invitation');
  }

  private async startSession(
    member: VerifiedMember,
    request: FastifyRequest,
    reply: FastifyReply,
    method: string,
  ): Promise<SignInResponse> {
    const previous = this.sessions.tokenFrom(request);
    const { token } = await this.prisma.$transaction(async (tx) => {
      // A new token at every sign-in (no session fixation); the old one, if any, ends.
      if (previous) {
        const old = await this.sessions.resolve(previous);
        if (old) await this.sessions.revoke(tx, old.sessionId, 'signed_in_again');
      }
      const created = await this.sessions.create(tx, member.id, request);
      await tx.user.update({ where: { id: member.id }, data: { lastSignInAt: new Date() } });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'session.signed_in',
        targetType: 'session',
        targetId: created.sessionId,
        details: { method },
      });
      return created;
    });
    await this.throttle.record('SIGN_IN', member.email, request.ip, true);
    this.sessions.setCookie(request, reply, token);
    const resolved = await this.sessions.resolve(token);
    if (!resolved) throw new Error('A session just created could not be read back');
    return {
      status: 'signed_in',
      session: await this.currentSession({ ...resolved, id: resolved.userId, sessionToken: token }),
    };
  }

  async signOut(member: AuthenticatedMember, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.revoke(tx, member.sessionId, 'signed_out');
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'session.signed_out',
        targetType: 'session',
        targetId: member.sessionId,
      });
    });
    this.sessions.clearCookie(request, reply);
  }

  /** What the SPA needs about the signed-in member: who, their permissions, the CSRF token. */
  async currentSession(
    member: Pick<
      AuthenticatedMember,
      'id' | 'roles' | 'status' | 'delegationId' | 'delegationStatus' | 'sessionToken' | 'idleExpiresAt'
    >,
  ): Promise<CurrentSession> {
    const [row, recoveryCodesLeft] = await Promise.all([
      this.prisma.user.findUniqueOrThrow({ where: { id: member.id }, select: memberSelect }),
      this.prisma.recoveryCode.count({ where: { userId: member.id, usedAt: null } }),
    ]);
    const required = this.twoFactor.requiredFor(row.roles);
    return {
      member: toCurrentMember(row, { required, recoveryCodesLeft }),
      csrfToken: this.sessions.csrfTokenFor(member.sessionToken),
      permissions: rulesFor(member) as CurrentSession['permissions'],
      twoFactorSetupRequired: required && row.totpEnabledAt === null,
      idleExpiresAt: member.idleExpiresAt.toISOString(),
    };
  }
}
