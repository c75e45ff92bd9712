import { z } from 'zod';

/**
 * Stable, machine-readable error codes. Every error response carries one; clients branch on
 * the code, never on the human-readable title or detail.
 */
export const ErrorCode = z
  .enum([
    'VALIDATION_FAILED',
    'MALFORMED_REQUEST',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'TWO_FACTOR_SETUP_REQUIRED',
    'NOT_FOUND',
    'METHOD_NOT_ALLOWED',
    'CONFLICT',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'RATE_LIMITED',
    'SERVICE_UNAVAILABLE',
    'INTERNAL_ERROR',
  ])
  .meta({ id: 'ErrorCode' });
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Where a rejected value was found in the request. */
export const FieldLocation = z.enum(['body', 'query', 'path', 'header']);
export type FieldLocation = z.infer<typeof FieldLocation>;

export const FieldError = z
  .object({
    in: FieldLocation,
    /** JSON Pointer (RFC 6901) to the rejected value within its location, e.g. "/roles/0". */
    pointer: z.string(),
    detail: z.string(),
    /** The validator's issue code, e.g. "too_small" or "invalid_format". */
    code: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with this API's extension members. */
export const ProblemDetails = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: ErrorCode,
    /** The request id, also in the X-Request-Id header and in every log line of the request. */
    requestId: z.string(),
    /** Field errors of a 400 VALIDATION_FAILED. */
    errors: z.array(FieldError).optional(),
    /** Of a 409 on a stale save or step: the version now current, to reload and merge from. */
    currentVersion: z.number().int().optional(),
  })
  .meta({ id: 'ProblemDetails' });
export type ProblemDetails = z.infer<typeof ProblemDetails>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The `type` URI of each code's problem details. */
export function problemType(code: ErrorCode): string {
  return `urn:egcc:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/** RFC 6901 JSON Pointer for a validation issue path. */
export function toJsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
