import { type APIRequestContext, expect, request as playwrightRequest } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD } from './demo';
import { CHAIR } from './session';

/** The chair's API, signed in, for setting up what a test is not about (dispose of it after). */
export async function chairApi(): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { origin: BASE_URL },
  });
  const signIn = await api.post('/api/v1/auth/sign-in', { data: { email: CHAIR, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const { csrfToken } = (await (await api.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  return { api, headers: { 'x-csrf-token': csrfToken } };
}
