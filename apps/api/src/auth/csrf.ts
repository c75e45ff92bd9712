import type { FastifyRequest } from 'fastify';
import { safeEqual } from '../common/secrets';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export function changesState(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The origin a browser says a request comes from (Origin, or Referer when a browser omits
 * Origin), or null when neither is there.
 */
function requestOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** Our own origins: the public address, and the address this request was made to. */
function ownOrigins(request: FastifyRequest, publicUrl: string | undefined): string[] {
  const origins = [`${request.protocol}://${request.host}`];
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}

/** Cross-site requests that change something are refused: same origin only. */
export function sameOrigin(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const origin = requestOrigin(request);
  return origin !== null && ownOrigins(request, publicUrl).includes(origin);
}

/** The X-CSRF-Token header matches the session's token. */
export function csrfTokenMatches(request: FastifyRequest, expected: string): boolean {
  const header = request.headers[CSRF_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && safeEqual(value, expected);
}
