import { Validator } from '@seriousme/openapi-schema-validator';
import { describeRoutes } from '../src/app/openapi';
import { ROUTE_LAYOUT } from '../src/app/create-app';
import { browser } from './support/http-client';
import { createTestApp, type TestApp } from './support/test-app';

describe('API documentation and the closed-by-default rule', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves a valid OpenAPI 3.1 document at /api/docs/openapi.json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route, with problem details for errors', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json();
    const routes = describeRoutes(t.app, ROUTE_LAYOUT);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      expect({ route: `${route.method} ${route.path}`, documented: Boolean(operation) }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.responses.default.content['application/problem+json'].schema.$ref).toBe(
        '#/components/schemas/ProblemDetails',
      );
    }
  });

  it('serves the browsable documentation at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });

  it('answers 401 on every route not marked public, for a visitor who is not signed in', async () => {
    const closed = describeRoutes(t.app, ROUTE_LAYOUT).filter((route) => !route.isPublic);
    expect(closed.map((route) => route.path)).toContain('/api/v1/reference');
    const visitor = browser(t.app);
    for (const route of closed) {
      const response = await visitor.request(
        route.method.toUpperCase() as 'GET',
        route.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000'),
        route.method === 'get' ? undefined : {},
      );
      expect({ route: `${route.method} ${route.path}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it('marks as public only sign-in, invitation, password reset, health routes and the calendar feed', () => {
    const allowed = [
      /^\/api\/(health|ready)$/,
      /^\/api\/v1\/(auth|invitations|password-resets)(\/|$)/,
      // A member's calendar feed, fetched by calendar applications: its secret token is the credential.
      /^\/api\/v1\/calendar\/:token\.ics$/,
    ];
    const open = describeRoutes(t.app, ROUTE_LAYOUT).filter((route) => route.isPublic);
    for (const route of open) {
      expect({ route: route.path, allowed: allowed.some((pattern) => pattern.test(route.path)) }).toEqual({
        route: route.path,
        allowed: true,
      });
    }
  });
});
