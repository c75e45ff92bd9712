import type { ProblemDetails } from '@egcc/contracts';
import type { z } from 'zod';

// Kept free of runtime zod so that the first page load stays small.
const PROBLEM_CONTENT_TYPE = 'application/problem+json';

function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['title'] === 'string' &&
    typeof candidate['status'] === 'number' &&
    typeof candidate['code'] === 'string' &&
    typeof candidate['requestId'] === 'string'
  );
}

/** An error answered by the API, as RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The API could not be reached at all (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The portal could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Parses the success body; a response that does not match is an error, not data. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

async function problemFrom(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    code: response.status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST',
    requestId: response.headers.get('x-request-id') ?? 'unknown',
  };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes(PROBLEM_CONTENT_TYPE) && !type.includes('application/json')) return fallback;
  const body: unknown = await response.json().catch(() => null);
  return isProblemDetails(body) ? body : fallback;
}

/** Calls the API under /api; JSON in, JSON out, problem details as ApiError. */
export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  if (response.status === 204 || !options.schema) return undefined as T;
  return options.schema.parse(await response.json());
}
