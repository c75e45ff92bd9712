import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { TEST_PASSWORD } from './members';

/** The address the tests pretend the portal is served at. */
export const TEST_HOST = 'portal.test';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser, as far as the API can tell: it keeps the session cookie, sends the page's
 * Origin, and sends the CSRF token the session gave it.
 */
export class Browser {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: NestFastifyApplication) {}

  async request(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const options: InjectOptions = {
      method,
      url,
      headers: {
        host: TEST_HOST,
        ...(method !== 'GET' ? { origin: TEST_ORIGIN } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
    };
    const response = await this.app.inject(options);
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      if (!pair) continue;
      const [name, value] = pair.split('=');
      if (name?.includes('egcc_session')) this.cookie = value ? `${name}=${value}` : undefined;
    }
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, payload ?? {}, headers);
  }
  put(url: string, payload: unknown) {
    return this.request('PUT', url, payload);
  }
  patch(url: string, payload: unknown) {
    return this.request('PATCH', url, payload);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Signs in with e-mail and password (no second factor) and keeps the CSRF token. */
  async signIn(email: string, password = TEST_PASSWORD): Promise<this> {
    const response = await this.post('/api/v1/auth/sign-in', { email, password });
    if (response.statusCode !== 200)
      throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    const body = response.json();
    if (body.status !== 'signed_in') throw new Error(`Sign-in of ${email} needs a second factor`);
    this.csrfToken = body.session.csrfToken;
    return this;
  }
}

export const browser = (app: NestFastifyApplication) => new Browser(app);
