import { Injectable } from '@nestjs/common';
import { DomainException } from '../common/domain.exception';
import type { AuthAttemptKind } from '../generated/prisma/enums';
import { PrismaService } from '../database/prisma.service';

interface Limit {
  windowMinutes: number;
  /** Failures (or, for resets, requests) allowed per account or e-mail within the window. */
  perAccount: number;
  /** ... and per client address, across accounts. */
  perAddress: number;
  /** Count every attempt, not only failures (requests for reset links). */
  countAll?: boolean;
}

const LIMITS: Record<AuthAttemptKind, Limit> = {
  SIGN_IN: { windowMinutes: 15, perAccount: 5, perAddress: 30 },
  MFA: { windowMinutes: 15, perAccount: 5, perAddress: 30 },
  PASSWORD_RESET: { windowMinutes: 60, perAccount: 3, perAddress: 20, countAll: true },
};

/**
 * Throttles sign-in, second-factor and reset attempts per account and per address, across
 * every API instance (the attempts live in Postgres). Over the limit: 429 with Retry-After,
 * until the oldest counted attempt leaves the window.
 */
@Injectable()
export class ThrottleService {
  constructor(private readonly prisma: PrismaService) {}

  async assertAllowed(kind: AuthAttemptKind, account: string | null, ipAddress: string): Promise<void> {
    const limit = LIMITS[kind];
    const since = new Date(Date.now() - limit.windowMinutes * 60_000);
    const counted = limit.countAll ? {} : { succeeded: false };
    const checks: { where: object; max: number }[] = [{ where: { ipAddress }, max: limit.perAddress }];
    if (account) {
      // A success clears an account's earlier failures.
      const lastSuccess = limit.countAll
        ? null
        : await this.prisma.authAttempt.findFirst({
            where: { kind, email: account, succeeded: true, createdAt: { gte: since } },
            orderBy: { createdAt: 'desc' },
            select: { createdAt: true },
          });
      checks.unshift({
        where: {
          email: account,
          createdAt: { gte: lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since },
        },
        max: limit.perAccount,
      });
    }
    for (const check of checks) {
      const attempts = await this.prisma.authAttempt.findMany({
        where: { kind, createdAt: { gte: since }, ...counted, ...check.where },
        orderBy: { createdAt: 'desc' },
        take: check.max,
        select: { createdAt: true },
      });
      const oldestCounted = attempts[check.max - 1];
      if (oldestCounted) {
        const oldest = oldestCounted.createdAt.getTime();
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((oldest + limit.windowMinutes * 60_000 - Date.now()) / 1000),
        );
        throw new DomainException(
          'RATE_LIMITED',
          `Too many attempts. Please wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again.`,
          { retryAfterSeconds },
        );
      }
    }
  }

  async record(
    kind: AuthAttemptKind,
    account: string | null,
    ipAddress: string,
    succeeded: boolean,
  ): Promise<void> {
    await this.prisma.authAttempt.create({ data: { kind, email: account, ipAddress, succeeded } });
  }
}
