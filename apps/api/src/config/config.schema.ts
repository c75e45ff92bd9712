import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL');

/**
 * Every environment variable the API reads. `.env.example` documents each one; the app
 * refuses to start, listing every problem, when one is wrong.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address members use, for links in e-mails; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Number of proxies in front of the app whose X-Forwarded-* headers to trust. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** A PostgreSQL server; when unset the embedded database (PGlite) under DATA_DIR is used. */
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database and uploaded files live. */
  DATA_DIR: z.string().min(1).default('./.data'),
  /**
   * Where uploaded files are kept (local disk; object storage can replace it behind the
   * FileStorage interface); defaults to DATA_DIR/attachments. Share it between instances.
   */
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Apply pending migrations at start-up. */
  MIGRATE_ON_START: booleanish.default(true),
  /**
   * Demo members, reports, threads and a meeting: `auto` seeds them on the first start of an
   * empty embedded database; `on-empty` on the first start of any empty database (a Compose
   * demo); `never` not at all. `npm run db:seed -- --demo` seeds on request.
   */
  DEMO_DATA: z.enum(['auto', 'on-empty', 'never']).default('auto'),
  /** The demo members' password; a random one is made and printed when unset. */
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),

  /** The built SPA to serve; defaults to the build output next to the API bundle. */
  WEB_DIST_DIR: z.string().optional(),

  /**
   * Key for signing and encrypting (CSRF tokens, sign-in challenges, TOTP secrets). Set the
   * same value on every instance; when unset, one is made and kept in DATA_DIR/secret-key.
   */
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** A session ends after this long without a request, and in any case after the absolute lifetime. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Secure cookies: `auto` when PUBLIC_URL is https or the request came over TLS. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * Who must use two-factor sign-in: `none`, `admins` or `all`. Unset: `admins` in production
   * on a PostgreSQL server, `none` otherwise (the demo on the embedded database).
   */
  TWO_FACTOR_REQUIRED_FOR: z.enum(['none', 'admins', 'all']).optional(),

  /** SMTP server for outgoing mail, e.g. smtp://user:password@mail.example.org:587; unset keeps mail in the outbox. */
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('EGCC Portal <no-reply@egcc.example>'),
  /** Deliver the outbox from this process (turn off on instances that should not send). */
  MAIL_WORKER: booleanish.default(true),
  MAIL_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /**
   * How live events reach this process: `listen` (Postgres LISTEN/NOTIFY), `poll` (read new
   * events four times a second: the embedded database, which cannot notify across its wire
   * protocol), or `auto`: poll on the embedded database, listen otherwise.
   */
  LIVE_EVENTS: z.enum(['auto', 'listen', 'poll']).default('auto'),
  /** Run the periodic jobs (daily digests, clean-ups) from this process; one instance at a time does. */
  SCHEDULED_JOBS: booleanish.default(true),
});

export type AppConfig = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError that lists every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable means "not set", as in most twelve-factor apps.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}
