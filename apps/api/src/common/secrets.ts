import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/** Random tokens for links and cookies: 32 bytes, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database leak does not leak sign-ins. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The server's secret key, for MACs and for encrypting secrets at rest (TOTP seeds).
 * SECRET_KEY, or a key made once and kept in DATA_DIR (fine for one instance; set SECRET_KEY
 * when several share a database).
 */
@Injectable()
export class Secrets {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHash('sha256')
      .update(config.SECRET_KEY ?? Secrets.keyFromDataDir(config.DATA_DIR))
      .digest();
  }

  private static keyFromDataDir(dataDir: string): string {
    const file = join(dataDir, 'secret-key');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const key = randomToken(48);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, key + '\n', { mode: 0o600 });
    new Logger('Secrets').warn(
      `SECRET_KEY is not set: made one in ${file}. Set SECRET_KEY when running several instances.`,
    );
    return key;
  }

  /** An HMAC-SHA256 of the value under a purpose, so one MAC never stands in for another. */
  mac(purpose: string, value: string): string {
    return createHmac('sha256', this.key).update(purpose).update('\0').update(value).digest('base64url');
  }

  /** A value with an expiry, signed: `payload.expiry.mac`. */
  sign(purpose: string, payload: string, ttlSeconds: number): string {
    const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
    const body = `${Buffer.from(payload).toString('base64url')}.${expires}`;
    return `${body}.${this.mac(purpose, body)}`;
  }

  /** The payload of a signed value, or null when it is forged, altered or expired. */
  verify(purpose: string, signed: string): string | null {
    const parts = signed.split('.');
    if (parts.length !== 3) return null;
    const [payload, expires, mac] = parts as [string, string, string];
    if (!safeEqual(mac, this.mac(purpose, `${payload}.${expires}`))) return null;
    if (Number(expires) < Date.now() / 1000) return null;
    return Buffer.from(payload, 'base64url').toString();
  }

  /** AES-256-GCM: `iv.tag.ciphertext`, base64url. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
  }

  decrypt(sealed: string): string {
    const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !ciphertext) throw new Error('Malformed sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }
}
