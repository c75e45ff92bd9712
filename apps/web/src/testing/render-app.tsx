import type { CurrentSession, Role } from '@egcc/contracts';
import { rulesFor } from '@egcc/policy';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../app/router';
import { createQueryClient } from '../shared/api/query-client';
import { registerAuthNavigation } from '../shared/session/auth-failures';

/** A signed-in session as the API would answer it, with the policy's real rules for the roles. */
export function makeSession(
  overrides: { roles?: Role[]; id?: string; name?: string; twoFactorSetupRequired?: boolean } = {},
): CurrentSession {
  const roles = overrides.roles ?? ['DELEGATE'];
  const id = overrides.id ?? '0190a4c2-0000-7000-8000-000000000001';
  const delegation = roles.includes('DELEGATE')
    ? {
        id: '0190a4c2-0000-7000-8000-0000000000f1',
        code: 'fi',
        name: 'Finland',
        membershipStatus: 'ACTIVE' as const,
      }
    : null;
  return {
    member: {
      id,
      name: overrides.name ?? 'Laura Korhonen',
      title: 'Senior Specialist',
      email: 'member@egcc.example',
      roles,
      status: 'ACTIVE',
      delegation,
      ministry: null,
      appointedOn: null,
      termEndsOn: null,
      lastSignInAt: null,
      deactivatedAt: null,
      createdAt: '2026-01-05T10:00:00.000Z',
      twoFactorEnabled: false,
      timeZone: 'Europe/Helsinki',
      twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
    },
    csrfToken: 'csrf-token-of-the-test-session',
    permissions: rulesFor({
      id,
      roles,
      status: 'ACTIVE',
      delegationId: delegation?.id ?? null,
      delegationStatus: delegation ? 'ACTIVE' : null,
    }) as CurrentSession['permissions'],
    twoFactorSetupRequired: overrides.twoFactorSetupRequired ?? false,
    idleExpiresAt: '2030-01-01T00:00:00.000Z',
  };
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: { method: string; url: URL; body: unknown; headers: Headers }) => Answer;

export interface MockApi {
  calls: { method: string; path: string; body: unknown; headers: Headers }[];
}

export function json(body: unknown, status = 200): Answer {
  return { status, body };
}

export function problem(status: number, code: string, detail: string, errors?: unknown[]): Answer {
  return {
    status,
    body: { type: 'about:blank', title: code, status, code, detail, requestId: 'req-test', errors },
    headers: { 'content-type': 'application/problem+json' },
  };
}

/**
 * Stubs fetch with answers by "METHOD /api/path" (query strings ignored). Anything not
 * listed answers 404, so that a test notices a call it did not expect.
 */
export function mockApi(routes: Record<string, Handler | Answer>): MockApi {
  const api: MockApi = { calls: [] };
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    api.calls.push({ method, path: url.pathname, body, headers });
    const route = routes[`${method} ${url.pathname}`];
    const answer: Answer = route
      ? typeof route === 'function'
        ? route({ method, url, body, headers })
        : route
      : problem(404, 'NOT_FOUND', `No stub for ${method} ${url.pathname}`);
    const status = answer.status ?? 200;
    return new Response(status === 204 || answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  }) as typeof fetch;
  return api;
}

/** The whole app (routes, loaders, layout) at `path`, on a fresh query client. */
export function renderApp(path: string) {
  const queryClient: QueryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  registerAuthNavigation({
    navigate: (to, state) => void router.navigate(to, { state }),
    currentPath: () => {
      // During a navigation, the page being opened is the one to come back to.
      const location = router.state.navigation.location ?? router.state.location;
      return `${location.pathname}${location.search}`;
    },
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient, ...view };
}
