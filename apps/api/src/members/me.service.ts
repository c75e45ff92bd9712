import { Injectable } from '@nestjs/common';
import type {
  ChangePasswordRequest,
  CurrentMember,
  RecoveryCodesResponse,
  SessionSummary,
  TotpSetupResponse,
  UpdateProfileRequest,
} from '@egcc/contracts';
import { AuditService, changes } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { PasswordPolicy } from '../auth/password-policy';
import { SessionService } from '../auth/session.service';
import { ThrottleService } from '../auth/throttle.service';
import { TwoFactorService } from '../auth/two-factor.service';
import { DomainException } from '../common/domain.exception';
import { requestContext } from '../common/request-context';
import { type Db, PrismaService } from '../database/prisma.service';
import { describeDevice } from './device';
import { memberSelect, toCurrentMember } from './member.views';

/** A member's own account: profile, password, sessions and two-factor sign-in. */
@Injectable()
export class MeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordPolicy,
    private readonly throttle: ThrottleService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async get(memberId: string): Promise<CurrentMember> {
    const [row, recoveryCodesLeft] = await Promise.all([
      this.prisma.user.findUniqueOrThrow({ where: { id: memberId }, select: memberSelect }),
      this.prisma.recoveryCode.count({ where: { userId: memberId, usedAt: null } }),
    ]);
    return toCurrentMember(row, { required: this.twoFactor.requiredFor(row.roles), recoveryCodesLeft });
  }

  async updateProfile(member: AuthenticatedMember, input: UpdateProfileRequest): Promise<CurrentMember> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { name: true, title: true, timeZone: true },
      });
      const diff = changes(current, input);
      if (Object.keys(diff).length === 0) return;
      await tx.user.update({ where: { id: member.id }, data: input });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'member.profile_updated',
        targetType: 'member',
        targetId: member.id,
        details: diff,
      });
    });
    return this.get(member.id);
  }

  /** Needs the current password; ends every other session of the member. */
  async changePassword(member: AuthenticatedMember, input: ChangePasswordRequest): Promise<void> {
    const ipAddress = requestContext.getStore()?.ipAddress ?? 'unknown';
    await this.throttle.assertAllowed('SIGN_IN', member.email, ipAddress);
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { passwordHash: true, name: true, email: true },
    });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.record('SIGN_IN', member.email, ipAddress, false);
      throw DomainException.validation([
        {
          in: 'body',
          pointer: '/currentPassword',
          detail: 'is not your current password',
          code: 'wrong_password',
        },
      ]);
    }
    if (input.newPassword === input.currentPassword) {
      throw DomainException.validation([
        {
          in: 'body',
          pointer: '/newPassword',
          detail: 'must differ from your current password',
          code: 'same_password',
        },
      ]);
    }
    await this.passwords.assertStrong(input.newPassword, user, '/newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: member.id },
        data: { passwordHash, passwordChangedAt: new Date() },
      });
      const ended = await this.sessions.revokeAllForUser(tx, member.id, 'password_changed', member.sessionId);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'member.password_changed',
        targetType: 'member',
        targetId: member.id,
        details: { otherSessionsEnded: ended },
      });
    });
  }

  async listSessions(member: AuthenticatedMember): Promise<SessionSummary[]> {
    const now = new Date();
    const rows = await this.prisma.session.findMany({
      where: {
        userId: member.id,
        revokedAt: null,
        idleExpiresAt: { gt: now },
        absoluteExpiresAt: { gt: now },
      },
      orderBy: { lastSeenAt: 'desc' },
    });
    return rows.map((row) => ({
      id: row.id,
      current: row.id === member.sessionId,
      device: describeDevice(row.userAgent),
      ipAddress: row.ipAddress,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
    }));
  }

  async endSession(member: AuthenticatedMember, sessionId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id: sessionId, userId: member.id, revokedAt: null },
        data: { revokedAt: new Date(), revokedReason: 'ended_by_member' },
      });
      // Another member's session, or one already ended: nothing to see here.
      if (count === 0) throw DomainException.notFound();
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'session.ended',
        targetType: 'session',
        targetId: sessionId,
      });
    });
  }

  async beginTwoFactorSetup(member: AuthenticatedMember): Promise<TotpSetupResponse> {
    if (member.twoFactorEnabled)
      throw DomainException.conflict(
        'Two-factor sign-in is on already. Turn it off first to use another app.',
      );
    return this.twoFactor.beginSetup(this.prisma, member);
  }

  async enableTwoFactor(member: AuthenticatedMember, code: string): Promise<RecoveryCodesResponse> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { totpPendingSecret: true, totpEnabledAt: true, email: true },
    });
    if (user.totpEnabledAt) throw DomainException.conflict('Two-factor sign-in is on already.');
    if (!user.totpPendingSecret)
      throw DomainException.conflict('Start the set-up first, to get a code to scan.');
    const step = this.twoFactor.acceptedStep(user.totpPendingSecret, code, null, user.email);
    if (step === null) throw this.wrongCode();
    const { codes, hashes } = this.twoFactor.newRecoveryCodes();
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: member.id },
        data: {
          totpSecret: user.totpPendingSecret,
          totpPendingSecret: null,
          totpEnabledAt: new Date(),
          totpLastUsedStep: step,
        },
      });
      await this.replaceRecoveryCodes(tx, member.id, hashes);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'member.two_factor_enabled',
        targetType: 'member',
        targetId: member.id,
      });
    });
    return { recoveryCodes: codes };
  }

  /** Turning it off needs the password and a current code, and is refused where it is required. */
  async disableTwoFactor(member: AuthenticatedMember, password: string, code: string): Promise<void> {
    if (this.twoFactor.requiredFor(member.roles)) {
      throw DomainException.conflict(
        'The portal requires two-factor sign-in for your account, so it cannot be turned off.',
      );
    }
    const step = await this.confirmIdentity(member, password, code);
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: member.id },
        data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastUsedStep: step },
      });
      await tx.recoveryCode.deleteMany({ where: { userId: member.id } });
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'member.two_factor_disabled',
        targetType: 'member',
        targetId: member.id,
      });
    });
  }

  async regenerateRecoveryCodes(
    member: AuthenticatedMember,
    password: string,
    code: string,
  ): Promise<RecoveryCodesResponse> {
    const step = await this.confirmIdentity(member, password, code);
    const { codes, hashes } = this.twoFactor.newRecoveryCodes();
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: member.id }, data: { totpLastUsedStep: step } });
      await this.replaceRecoveryCodes(tx, member.id, hashes);
      await this.audit.record(tx, {
        actorId: member.id,
        action: 'member.recovery_codes_regenerated',
        targetType: 'member',
        targetId: member.id,
      });
    });
    return { recoveryCodes: codes };
  }

  /** The password and a fresh code, throttled like sign-in; returns the code's time step. */
  private async confirmIdentity(
    member: AuthenticatedMember,
    password: string,
    code: string,
  ): Promise<number> {
    const ipAddress = requestContext.getStore()?.ipAddress ?? 'unknown';
    await this.throttle.assertAllowed('MFA', member.id, ipAddress);
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { passwordHash: true, totpSecret: true, totpLastUsedStep: true, email: true },
    });
    if (!user.totpSecret) throw DomainException.conflict('Two-factor sign-in is not on.');
    const passwordOk = user.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
    const step = passwordOk
      ? this.twoFactor.acceptedStep(user.totpSecret, code, user.totpLastUsedStep, user.email)
      : null;
    await this.throttle.record('MFA', member.id, ipAddress, step !== null);
    if (!passwordOk) {
      throw DomainException.validation([
        { in: 'body', pointer: '/password', detail: 'is not your current password', code: 'wrong_password' },
      ]);
    }
    if (step === null) throw this.wrongCode();
    return step;
  }

  private async replaceRecoveryCodes(db: Db, userId: string, hashes: string[]) {
    await db.recoveryCode.deleteMany({ where: { userId } });
    await db.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  }

  private wrongCode() {
    return DomainException.validation([
      {
        in: 'body',
        pointer: '/code',
        detail:
          'is not the current code of your authenticator app (codes change every 30 seconds and work once)',
        code: 'wrong_code',
      },
    ]);
  }
}
