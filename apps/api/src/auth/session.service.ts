import { Inject, Injectable } from '@nestjs/common';
import type { MembershipStatus, Role, UserStatus } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { randomToken, Secrets, sha256 } from '../common/secrets';
import { DatabaseConnection } from '../database/database-connection';
import type { Db } from '../database/prisma.service';

const COOKIE = 'egcc_session';
/** On TLS the cookie takes the __Host- prefix: Secure, host-only, path /, not settable by subdomains. */
const SECURE_COOKIE = '__Host-egcc_session';
/** Sessions record activity at most this often: one write a minute, not one per request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  status: UserStatus;
  delegationId: string | null;
  delegationStatus: MembershipStatus | null;
  twoFactorEnabled: boolean;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

interface SessionRow {
  session_id: string;
  user_id: string;
  email: string;
  name: string;
  roles: string;
  status: UserStatus;
  delegation_id: string | null;
  membership_status: MembershipStatus | null;
  two_factor_enabled: boolean;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
}

/** Postgres returns an enum array as its text form, "{ADMIN,DELEGATE}". */
function parseRoles(value: string | string[]): Role[] {
  if (Array.isArray(value)) return value as Role[];
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}

/**
 * Sessions: an opaque random token in an httpOnly cookie, stored only as its SHA-256, with an
 * idle timeout and an absolute lifetime, revocable one by one or all at once.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: DatabaseConnection,
    private readonly secrets: Secrets,
  ) {}

  private get idleMs() {
    return this.config.SESSION_IDLE_MINUTES * 60_000;
  }

  async create(
    db: Db,
    userId: string,
    request: FastifyRequest,
  ): Promise<{ token: string; sessionId: string; idleExpiresAt: Date }> {
    const token = randomToken();
    const now = Date.now();
    const absoluteExpiresAt = new Date(now + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
    const idleExpiresAt = new Date(Math.min(now + this.idleMs, absoluteExpiresAt.getTime()));
    const session = await db.session.create({
      data: {
        userId,
        tokenHash: sha256(token),
        idleExpiresAt,
        absoluteExpiresAt,
        userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        ipAddress: request.ip ?? null,
      },
      select: { id: true },
    });
    return { token, sessionId: session.id, idleExpiresAt };
  }

  /** The live session a token names, with its member; one query, on every request. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const { rows } = await this.connection.pool.query<SessionRow>({
      // Prepared once per connection: this runs on every request.
      name: 'egcc_session_resolve',
      text: `SELECT s.id AS session_id, s.user_id, u.email, u.name, u.roles::text AS roles, u.status,
              u.delegation_id, d.membership_status, (u.totp_enabled_at IS NOT NULL) AS two_factor_enabled,
              s.last_seen_at, s.idle_expires_at, s.absolute_expires_at
         FROM "session" s
         JOIN "user" u ON u.id = s.user_id
         LEFT JOIN delegation d ON d.id = u.delegation_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL
          AND s.idle_expires_at > now() AND s.absolute_expires_at > now()`,
      values: [sha256(token)],
    });
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      email: row.email,
      name: row.name,
      roles: parseRoles(row.roles),
      status: row.status,
      delegationId: row.delegation_id,
      delegationStatus: row.membership_status,
      twoFactorEnabled: row.two_factor_enabled,
      lastSeenAt: row.last_seen_at,
      idleExpiresAt: row.idle_expires_at,
      absoluteExpiresAt: row.absolute_expires_at,
    };
  }

  /** Extends the idle timeout of an active session (at most once a minute). */
  async touch(session: ResolvedSession): Promise<Date> {
    if (Date.now() - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return session.idleExpiresAt;
    const idleExpiresAt = new Date(Math.min(Date.now() + this.idleMs, session.absoluteExpiresAt.getTime()));
    await this.connection.pool.query(
      'UPDATE "session" SET last_seen_at = now(), idle_expires_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [session.sessionId, idleExpiresAt],
    );
    return idleExpiresAt;
  }

  async revoke(db: Db, sessionId: string, reason: string): Promise<void> {
    await db.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
  }

  /** Ends every session of a member (but one, when given). Returns how many ended. */
  async revokeAllForUser(db: Db, userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const { count } = await db.session.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    return count;
  }

  /** The CSRF token of a session: a MAC of its cookie token, so nothing more is stored. */
  csrfTokenFor(sessionToken: string): string {
    return this.secrets.mac('csrf', sessionToken);
  }

  private secure(request: FastifyRequest): boolean {
    if (this.config.COOKIE_SECURE !== 'auto') return this.config.COOKIE_SECURE === 'true';
    return request.protocol === 'https' || (this.config.PUBLIC_URL?.startsWith('https://') ?? false);
  }

  tokenFrom(request: FastifyRequest): string | undefined {
    const cookies = request.cookies ?? {};
    return cookies[SECURE_COOKIE] ?? cookies[COOKIE];
  }

  setCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
    const secure = this.secure(request);
    // A session cookie (no Max-Age): closing the browser ends it; the server ends it anyway.
    reply.setCookie(secure ? SECURE_COOKIE : COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
    });
  }

  clearCookie(request: FastifyRequest, reply: FastifyReply): void {
    const secure = this.secure(request);
    reply.clearCookie(secure ? SECURE_COOKIE : COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
    });
  }
}
