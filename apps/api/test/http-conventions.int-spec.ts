import { ProblemDetails } from '@egcc/contracts';
import { ProbeModule } from './support/probe.module';
import { TEST_HOST, TEST_ORIGIN } from './support/http-client';
import { createTestApp, type TestApp } from './support/test-app';

describe('HTTP conventions shared by every route', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => t.close());

  /** Requests as a same-site page would make them (with its Origin). */
  const inject = (options: Parameters<TestApp['app']['inject']>[0]) => {
    const request = typeof options === 'string' ? { url: options } : options;
    return t.app.inject({
      ...request,
      headers: { host: TEST_HOST, origin: TEST_ORIGIN, ...request.headers },
    });
  };

  function expectProblem(response: Awaited<ReturnType<typeof inject>>, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = ProblemDetails.parse(response.json());
    expect(problem).toMatchObject({ status, code });
    expect(problem.requestId).toBe(response.headers['x-request-id']);
    return problem;
  }

  describe('validation', () => {
    it('passes a valid body to the handler, parsed', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        payload: { name: 'Kadri', roles: ['DELEGATE'], ignored: 'dropped' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ name: 'Kadri', roles: ['DELEGATE'] });
    });

    it('answers 400 with every field error of the body, as JSON pointers', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        payload: { name: 'K', roles: ['EMPEROR'], delegation: { code: 'dnk' } },
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ in: 'body', pointer: '/name', code: 'too_small' }),
          expect.objectContaining({ in: 'body', pointer: '/roles/0', code: 'invalid_value' }),
          expect.objectContaining({ in: 'body', pointer: '/delegation/code' }),
        ]),
      );
      expect(problem.errors).toHaveLength(3);
    });

    it('answers 400 for a missing body', async () => {
      const response = await inject({ method: 'POST', url: '/api/v1/probe/echo' });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.[0]).toMatchObject({ in: 'body', pointer: '' });
    });

    it('parses and defaults the query string', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/probe/search?q=care' });
      expect(response.json()).toEqual({ q: 'care', limit: 20 });
      const bad = await inject({ method: 'GET', url: '/api/v1/probe/search?limit=500' });
      const problem = expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((error) => [error.in, error.pointer])).toEqual([
        ['query', '/q'],
        ['query', '/limit'],
      ]);
    });

    it('validates path parameters', async () => {
      const problem = expectProblem(
        await inject({ method: 'GET', url: '/api/v1/probe/things/42' }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors?.[0]).toMatchObject({ in: 'path', pointer: '/id' });
    });
  });

  describe('requests the server cannot read', () => {
    it('answers 400 for unreadable JSON', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": "Kadri",',
      });
      expectProblem(response, 400, 'MALFORMED_REQUEST');
    });

    it('answers 415 for a body that is not JSON', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/xml' },
        payload: '<name>Kadri</name>',
      });
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers 413 for a body over the limit', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), roles: ['DELEGATE'] }),
      });
      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('errors', () => {
    it('answers 404 as problem details for an unknown API address, whatever the method', async () => {
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        const problem = expectProblem(
          await inject({ method, url: '/api/v1/no-such-thing' }),
          404,
          'NOT_FOUND',
        );
        expect(problem.instance).toBe('/api/v1/no-such-thing');
      }
    });

    it('maps a domain conflict to 409', async () => {
      const problem = expectProblem(
        await inject({ method: 'GET', url: '/api/v1/probe/conflict' }),
        409,
        'CONFLICT',
      );
      expect(problem.detail).toBe('The report is already published.');
    });

    it('answers 500 without revealing internals, quoting the request id', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/probe/boom' });
      const problem = expectProblem(response, 500, 'INTERNAL_ERROR');
      expect(response.body).not.toContain('hunter2');
      expect(response.body).not.toContain('secret internal detail');
      expect(problem.detail).toContain(problem.requestId);
    });

    it('refuses, outside production, a response that breaks its documented schema', async () => {
      expectProblem(
        await inject({ method: 'GET', url: '/api/v1/probe/bad-response' }),
        500,
        'INTERNAL_ERROR',
      );
    });
  });

  describe('closed by default', () => {
    it('answers 401 on a route not marked public', async () => {
      expectProblem(await inject({ method: 'GET', url: '/api/v1/probe-closed' }), 401, 'UNAUTHENTICATED');
    });

    it('fails loudly on a route that is neither public nor declares a policy', async () => {
      expectProblem(
        await inject({ method: 'GET', url: '/api/v1/probe-closed/undeclared' }),
        500,
        'INTERNAL_ERROR',
      );
    });

    it('refuses a cross-site request that would change something, even on a public route', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/probe/echo',
        headers: { host: TEST_HOST, origin: 'https://elsewhere.example' },
        payload: { name: 'Kadri', roles: ['DELEGATE'] },
      });
      expectProblem(response, 403, 'FORBIDDEN');
    });
  });

  describe('request ids', () => {
    it('keeps a plain X-Request-Id from the caller', async () => {
      const response = await inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'trace-abc.123' },
      });
      expect(response.headers['x-request-id']).toBe('trace-abc.123');
    });

    it('replaces an X-Request-Id that could forge log lines', async () => {
      const response = await inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'evil\n{"level":60}' },
      });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('security headers', () => {
    it('sends a strict Content-Security-Policy and the usual protections', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/probe/database' });
      expect(response.statusCode).toBe(200);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['permissions-policy']).toContain('camera=()');
    });
  });
});
