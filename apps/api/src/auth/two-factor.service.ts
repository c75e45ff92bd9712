import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@egcc/contracts';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { Secrets } from '../common/secrets';
import type { Db } from '../database/prisma.service';

const ISSUER = 'EGCC Portal';
const PERIOD_SECONDS = 30;
/** Accept the previous and the next code too: clocks drift. */
const WINDOW = 1;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Time-based one-time passwords (RFC 6238) from authenticator apps, and single-use recovery
 * codes. Secrets are encrypted at rest; a code's time step is remembered so that no code is
 * accepted twice.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: Secrets,
  ) {}

  /** Whether the portal's setting requires two-factor sign-in of a member with these roles. */
  requiredFor(roles: readonly Role[]): boolean {
    const setting =
      this.config.TWO_FACTOR_REQUIRED_FOR ??
      (this.config.NODE_ENV === 'production' && this.config.DATABASE_URL ? 'admins' : 'none');
    return setting === 'all' || (setting === 'admins' && roles.includes('ADMIN'));
  }

  private totp(secret: string, label: string): TOTP {
    return new TOTP({
      issuer: ISSUER,
      label,
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_SECONDS,
      secret: Secret.fromBase32(secret),
    });
  }

  /** A new secret for a member to add to their app; stored as pending until confirmed. */
  async beginSetup(db: Db, member: { id: string; email: string }) {
    const secret = new Secret({ size: 20 }).base32;
    await db.user.update({
      where: { id: member.id },
      data: { totpPendingSecret: this.secrets.encrypt(secret) },
    });
    const otpauthUrl = this.totp(secret, member.email).toString();
    const qrCode = await QRCode.toDataURL(otpauthUrl, {
      type: 'image/png',
      margin: 1,
      width: 240,
      errorCorrectionLevel: 'M',
    });
    return { secret, otpauthUrl, qrCode };
  }

  /**
   * The time step a code is valid for, if it is valid now and newer than `lastUsedStep`;
   * otherwise null.
   */
  acceptedStep(
    sealedSecret: string,
    code: string,
    lastUsedStep: number | null,
    label: string,
  ): number | null {
    const totp = this.totp(this.secrets.decrypt(sealedSecret), label);
    const delta = totp.validate({ token: code, window: WINDOW });
    if (delta === null) return null;
    const step = Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
    if (lastUsedStep !== null && step <= lastUsedStep) return null;
    return step;
  }

  /** New recovery codes (shown once) and their MACs (stored). */
  newRecoveryCodes(): { codes: string[]; hashes: string[] } {
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const bytes = randomBytes(10);
      const chars = Array.from(bytes, (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
      return `${chars.slice(0, 5)}-${chars.slice(5)}`;
    });
    return { codes, hashes: codes.map((code) => this.recoveryCodeHash(code)) };
  }

  recoveryCodeHash(code: string): string {
    return this.secrets.mac('recovery-code', code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
  }
}
