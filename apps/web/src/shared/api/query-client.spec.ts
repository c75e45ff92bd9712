/**
 * @jest-environment node
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './client';
import { queryClient, shouldRetry } from './query-client';

function apiError(status: number): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: `Status ${status}`,
    status,
    code: status === 503 ? 'SERVICE_UNAVAILABLE' : status >= 500 ? 'INTERNAL_ERROR' : 'NOT_FOUND',
    requestId: 'req-1',
  });
}

const networkError = () => new NetworkError(new TypeError('Failed to fetch'));

describe('shouldRetry', () => {
  it.each([
    ['a network failure', networkError],
    ['a 503', () => apiError(503)],
  ])('retries %s twice, then gives up', (_name, makeError) => {
    expect(shouldRetry(0, makeError())).toBe(true);
    expect(shouldRetry(1, makeError())).toBe(true);
    expect(shouldRetry(2, makeError())).toBe(false);
    expect(shouldRetry(3, makeError())).toBe(false);
  });

  it.each([400, 401, 403, 404, 409, 413, 422, 429])('never retries a %i', (status) => {
    expect(shouldRetry(0, apiError(status))).toBe(false);
  });

  it('does not retry a 500, which a retry would not cure', () => {
    expect(shouldRetry(0, apiError(500))).toBe(false);
  });
});

describe('the queries of the app', () => {
  // The app's own defaults, without the waits between attempts.
  const client = () =>
    new QueryClient({
      defaultOptions: { queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } },
    });

  async function attemptsUntilFailure(error: unknown): Promise<number> {
    let attempts = 0;
    const queryFn = () => {
      attempts += 1;
      return Promise.reject(error);
    };
    await expect(client().fetchQuery({ queryKey: ['report'], queryFn })).rejects.toBe(error);
    return attempts;
  }

  it('try an unreachable API three times in all', async () => {
    await expect(attemptsUntilFailure(networkError())).resolves.toBe(3);
  });

  it('try a 503 three times in all', async () => {
    await expect(attemptsUntilFailure(apiError(503))).resolves.toBe(3);
  });

  it('give up on a 404 at once', async () => {
    await expect(attemptsUntilFailure(apiError(404))).resolves.toBe(1);
  });
});
