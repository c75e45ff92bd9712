import { randomBytes } from 'node:crypto';

/**
 * The demo members' password for this run. Made once in the Playwright runner, which passes
 * it to the server it starts; the test workers inherit the variable, so both sides agree.
 */
export const DEMO_PASSWORD: string =
  (process.env.E2E_DEMO_PASSWORD ??= `e2e-${randomBytes(12).toString('base64url')}`);

/** The server's port; fixed, so that a server left running is reported rather than reused. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);

export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
