import type { ProblemDetails } from '@egcc/contracts';

// Kept free of runtime zod so that the first page load stays small: schemas are passed in by
// the (lazily loaded) pages; the shell passes small hand-written parsers.
const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const CSRF_HEADER = 'x-csrf-token';

export function isProblemDetails(value: unknown): value is ProblemDetails {
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
  constructor(
    readonly problem: ProblemDetails,
    /** From Retry-After (429, 503): how long to wait before trying again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): ProblemDetails['code'] {
    return this.problem.code;
  }
}

/** The API could not be reached at all (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The portal could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/** Anything that turns an unknown body into a T, or throws: a zod schema, or a hand-written check. */
export interface BodyParser<T> {
  parse(value: unknown): T;
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Query parameters; undefined, null and empty values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Parses the success body; a response that does not match is an error, not data. */
  schema?: BodyParser<T>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

let csrfToken: string | null = null;

/**
 * The CSRF token of the signed-in session (from GET /auth/session or the sign-in answer): sent
 * with every request that changes something. Null after signing out.
 */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header to send with a request that changes something, for requests made without apiRequest (uploads). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

/** Builds "?a=1&b=2" from the values that are set, or "" when none is. */
export function queryString(query: RequestOptions<unknown>['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
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
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(options.query)}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(await problemFrom(response), retryAfter(response));
  if (response.status === 204 || !options.schema) return undefined as T;
  return options.schema.parse(await response.json());
}

/** What to tell a member about a failed request, in one sentence or two. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const message = error.problem.detail ?? error.problem.title;
    if (error.status === 429 && error.retryAfterSeconds && !/wait/i.test(message)) {
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return `${message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    }
    return message;
  }
  if (error instanceof NetworkError) return error.message;
  return 'Something went wrong. Please try again.';
}
