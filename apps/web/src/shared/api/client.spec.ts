/**
 * @jest-environment node
 */
// Node's fetch, Response and DOMException are the WHATWG ones the browser has; jsdom lacks them.
import { HealthResponse } from '@egcc/contracts';
import { ApiError, apiRequest, describeError, NetworkError, setCsrfToken } from './client';

const fetchMock = jest.fn<Promise<Response>, Parameters<typeof fetch>>();

beforeEach(() => {
  fetchMock.mockReset();
  jest.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
});

afterEach(() => {
  jest.restoreAllMocks();
  setCsrfToken(null);
});

function jsonResponse(body: unknown, init: ResponseInit & { contentType?: string } = {}): Response {
  const { contentType = 'application/json', ...rest } = init;
  return new Response(JSON.stringify(body), {
    status: 200,
    ...rest,
    headers: { 'content-type': contentType, ...(rest.headers as Record<string, string> | undefined) },
  });
}

/** The request the client made: address and init. */
function sentRequest(): { url: string; init: RequestInit; headers: Record<string, string> } {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const [url, init = {}] = fetchMock.mock.calls[0] ?? [];
  return { url: String(url), init, headers: (init.headers ?? {}) as Record<string, string> };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('calls the API under /api and returns the body parsed by the schema', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ status: 'ok', version: '1.4.0', uptimeSeconds: 12 }));

    await expect(apiRequest('/health', { schema: HealthResponse })).resolves.toEqual({
      status: 'ok',
      version: '1.4.0',
      uptimeSeconds: 12,
    });

    const { url, init, headers } = sentRequest();
    expect(url).toBe('/api/health');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(headers['accept']).toBe('application/json');
    expect(init.body).toBeUndefined();
    expect(headers['content-type']).toBeUndefined();
  });

  it('rejects a success body that does not match the schema instead of returning it', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ status: 'down', version: 1 }));

    const error = await failure(apiRequest('/health', { schema: HealthResponse }));

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('throws an ApiError carrying the problem details of a 4xx answer', async () => {
    const problem = {
      type: 'urn:egcc:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'There is no national report 42.',
      code: 'NOT_FOUND',
      requestId: 'req-7f3a',
    };
    fetchMock.mockResolvedValue(
      jsonResponse(problem, {
        status: 404,
        contentType: 'application/problem+json',
        headers: { 'x-request-id': 'req-7f3a' },
      }),
    );

    const error = await failure(apiRequest('/v1/reports/42', { schema: HealthResponse }));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.problem).toEqual(problem);
    expect(apiError.message).toBe('There is no national report 42.');
  });

  it('keeps the field errors of a validation problem for the form to show', async () => {
    const fieldErrors = [{ in: 'body', pointer: '/title', detail: 'Too short', code: 'too_small' }];
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'urn:egcc:problem:validation-failed',
          title: 'Validation failed',
          status: 400,
          code: 'VALIDATION_FAILED',
          requestId: 'req-1',
          errors: fieldErrors,
        },
        { status: 400, contentType: 'application/problem+json; charset=utf-8' },
      ),
    );

    const error = (await failure(
      apiRequest('/v1/reports', { method: 'POST', body: { title: '' } }),
    )) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.problem.code).toBe('VALIDATION_FAILED');
    expect(error.problem.errors).toEqual(fieldErrors);
    expect(error.message).toBe('Validation failed');
  });

  it('turns a non-JSON 502 from a proxy into an ApiError with the status and request id', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html><body>Bad gateway</body></html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html', 'x-request-id': 'proxy-99' },
      }),
    );

    const error = (await failure(apiRequest('/health'))) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.problem).toMatchObject({
      status: 502,
      code: 'INTERNAL_ERROR',
      title: 'Bad Gateway',
      requestId: 'proxy-99',
    });
    expect(error.message).toBe('Bad Gateway');
  });

  it('falls back when an error body claims JSON but is not problem details', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"message":', { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    );

    const error = (await failure(apiRequest('/v1/reports'))) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.problem).toMatchObject({
      status: 400,
      code: 'MALFORMED_REQUEST',
      title: 'Request failed',
      requestId: 'unknown',
    });
  });

  it('throws a NetworkError, keeping the cause, when the API cannot be reached', async () => {
    const cause = new TypeError('Failed to fetch');
    fetchMock.mockRejectedValue(cause);

    const error = await failure(apiRequest('/health', { schema: HealthResponse }));

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/could not be reached/);
    expect((error as NetworkError).cause).toBe(cause);
  });

  it('passes a cancellation through as an AbortError, not as a network failure', async () => {
    const controller = new AbortController();
    fetchMock.mockRejectedValue(new DOMException('The operation was aborted.', 'AbortError'));

    const error = await failure(apiRequest('/health', { signal: controller.signal }));

    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as DOMException).name).toBe('AbortError');
    expect(sentRequest().init.signal).toBe(controller.signal);
  });

  it('sends a body as JSON with its content type', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const body = { title: 'Measures taken in 2025', countries: ['EE', 'FI'] };

    await expect(
      apiRequest('/v1/reports', { method: 'POST', body, headers: { 'x-request-id': 'client-1' } }),
    ).resolves.toBeUndefined();

    const { url, init, headers } = sentRequest();
    expect(url).toBe('/api/v1/reports');
    expect(init.method).toBe('POST');
    expect(headers['content-type']).toBe('application/json');
    expect(headers['accept']).toBe('application/json');
    expect(headers['x-request-id']).toBe('client-1');
    expect(JSON.parse(String(init.body))).toEqual(body);
  });

  it('returns nothing for 204 even when a schema is given', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await expect(
      apiRequest('/v1/reports/1', { method: 'DELETE', schema: HealthResponse }),
    ).resolves.toBeUndefined();
  });
});

describe('after signing in', () => {
  it("sends the session's CSRF token with every request that changes something, and only those", async () => {
    setCsrfToken('token-of-this-session');
    fetchMock.mockImplementation(async () => new Response(null, { status: 204 }));

    await apiRequest('/v1/me', { method: 'PATCH', body: { name: 'Laura' } });
    await apiRequest('/v1/me/sessions/1', { method: 'DELETE' });
    await apiRequest('/v1/auth/sign-out', { method: 'POST' });
    await apiRequest('/v1/me');

    const tokens = fetchMock.mock.calls.map(
      ([, init]) => (init?.headers as Record<string, string>)['x-csrf-token'],
    );
    expect(tokens).toEqual([
      'token-of-this-session',
      'token-of-this-session',
      'token-of-this-session',
      undefined,
    ]);
  });

  it('sends no token once signed out', async () => {
    setCsrfToken('token-of-this-session');
    setCsrfToken(null);
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await apiRequest('/v1/auth/sign-in', { method: 'POST', body: {} });

    expect(sentRequest().headers['x-csrf-token']).toBeUndefined();
  });
});

describe('query parameters and throttling', () => {
  it('leaves out empty filters', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await apiRequest('/v1/members', { query: { q: 'riga', role: undefined, status: '', limit: 25 } });

    expect(sentRequest().url).toBe('/api/v1/members?q=riga&limit=25');
  });

  it('keeps Retry-After of a 429 and says when to try again', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'x',
          title: 'Too many requests',
          status: 429,
          code: 'RATE_LIMITED',
          requestId: 'r',
          detail: 'Too many attempts.',
        },
        { status: 429, contentType: 'application/problem+json', headers: { 'retry-after': '90' } },
      ),
    );

    const error = (await failure(apiRequest('/v1/auth/sign-in', { method: 'POST', body: {} }))) as ApiError;

    expect(error.retryAfterSeconds).toBe(90);
    expect(describeError(error)).toBe('Too many attempts. Try again in 2 minutes.');
  });
});
