import { Inject, Injectable } from '@nestjs/common';
import { mayParticipate } from '@egcc/policy';
import { AuditService } from '../audit/audit.service';
import { DomainException } from '../common/domain.exception';
import { randomToken, sha256 } from '../common/secrets';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import { OutboxService } from '../mail/outbox.service';
import { OutboxWorker } from '../mail/outbox-worker';
import { passwordResetMail } from '../mail/templates';
import { hashPassword } from './passwords';
import { PasswordPolicy } from './password-policy';
import { SessionService } from './session.service';
import { ThrottleService } from './throttle.service';

const RESET_TTL_MS = 60 * 60_000;
export const RESET_ACKNOWLEDGEMENT =
  'If the address belongs to a member, a link to choose a new password is on its way. It works for one hour.';

@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly throttle: ThrottleService,
    private readonly outbox: OutboxService,
    private readonly mailWorker: OutboxWorker,
    private readonly audit: AuditService,
    private readonly passwords: PasswordPolicy,
    private readonly sessions: SessionService,
  ) {}

  /** Sends a link when the address is a member's; answers the same either way. */
  async request(email: string, ipAddress: string): Promise<void> {
    await this.throttle.assertAllowed('PASSWORD_RESET', email, ipAddress);
    await this.throttle.record('PASSWORD_RESET', email, ipAddress, true);
    const user = await this.prisma.user.findUnique({
      where: { email },
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        delegation: { select: { membershipStatus: true } },
      },
    });
    if (
      !user ||
      !mayParticipate({ status: user.status, delegationStatus: user.delegation?.membershipStatus ?? null })
    ) {
      return;
    }
    const token = randomToken();
    const link = `${this.publicUrl()}/reset-password#token=${token}`;
    await this.prisma.$transaction(async (tx) => {
      const reset = await tx.passwordReset.create({
        data: {
          userId: user.id,
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + RESET_TTL_MS),
          requestedIp: ipAddress,
        },
        select: { id: true },
      });
      await this.outbox.enqueue(tx, {
        to: user.email,
        userId: user.id,
        template: 'password-reset',
        ...passwordResetMail({ name: user.name, link }),
      });
      await this.audit.record(tx, {
        actorId: null,
        action: 'member.password_reset_requested',
        targetType: 'member',
        targetId: user.id,
        details: { resetId: reset.id },
      });
    });
    this.mailWorker.wake();
  }

  private async findUsable(token: string) {
    const reset = await this.prisma.passwordReset.findUnique({
      where: { tokenHash: sha256(token) },
      select: {
        id: true,
        expiresAt: true,
        usedAt: true,
        user: { select: { id: true, email: true, name: true, status: true } },
      },
    });
    if (!reset || reset.user.status !== 'ACTIVE') {
      throw DomainException.notFound('This link is not valid. Ask for a new one from the sign-in page.');
    }
    if (reset.usedAt)
      throw DomainException.notFound('This link has been used already. Ask for a new one if you need to.');
    if (reset.expiresAt < new Date())
      throw DomainException.notFound('This link has expired. Ask for a new one from the sign-in page.');
    return reset;
  }

  async inspect(token: string): Promise<{ email: string; expiresAt: string }> {
    const reset = await this.findUsable(token);
    return { email: reset.user.email, expiresAt: reset.expiresAt.toISOString() };
  }

  /** Sets the new password, uses the link up, and ends every session of the member. */
  async confirm(token: string, password: string): Promise<void> {
    const reset = await this.findUsable(token);
    await this.passwords.assertStrong(password, reset.user);
    const passwordHash = await hashPassword(password);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.passwordReset.updateMany({
        where: { id: reset.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (count !== 1)
        throw DomainException.notFound('This link has been used already. Ask for a new one if you need to.');
      await tx.passwordReset.updateMany({
        where: { userId: reset.user.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      await tx.user.update({
        where: { id: reset.user.id },
        data: { passwordHash, passwordChangedAt: new Date() },
      });
      const ended = await this.sessions.revokeAllForUser(tx, reset.user.id, 'password_reset');
      await this.audit.record(tx, {
        actorId: reset.user.id,
        action: 'member.password_reset',
        targetType: 'member',
        targetId: reset.user.id,
        details: { sessionsEnded: ended },
      });
    });
  }

  private publicUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/$/, '');
  }
}
