import type { ErrorCode, FieldError } from '@egcc/contracts';

const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TWO_FACTOR_SETUP_REQUIRED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

export const TITLE_OF: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  MALFORMED_REQUEST: 'The request could not be read',
  UNAUTHENTICATED: 'Sign-in required',
  FORBIDDEN: 'Not allowed',
  TWO_FACTOR_SETUP_REQUIRED: 'Two-factor sign-in must be set up first',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  CONFLICT: 'Conflict with the current state',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  RATE_LIMITED: 'Too many requests',
  SERVICE_UNAVAILABLE: 'Service temporarily unavailable',
  INTERNAL_ERROR: 'Something went wrong on our side',
};

export function statusOf(code: ErrorCode): number {
  return STATUS_OF[code];
}

/**
 * An error the API reports to the client as problem details. Services throw these; the one
 * exception filter maps them to HTTP. 404 is used both for records that do not exist and for
 * records the reader may not see, so responses never reveal what exists.
 */
export class DomainException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extras: { errors?: FieldError[]; retryAfterSeconds?: number; currentVersion?: number } = {},
  ) {
    super(detail ?? TITLE_OF[code]);
    this.name = 'DomainException';
    this.status = STATUS_OF[code];
  }

  static notFound(detail = 'There is nothing here, or you may not see it.') {
    return new DomainException('NOT_FOUND', detail);
  }

  static forbidden(detail = 'Your role does not allow this.') {
    return new DomainException('FORBIDDEN', detail);
  }

  static conflict(detail: string) {
    return new DomainException('CONFLICT', detail);
  }

  /** A save or step based on an outdated version: says which version is current. */
  static staleVersion(currentVersion: number, detail: string) {
    return new DomainException('CONFLICT', detail, { currentVersion });
  }

  static unauthenticated(detail = 'Please sign in.') {
    return new DomainException('UNAUTHENTICATED', detail);
  }

  static validation(errors: FieldError[], detail = 'Some values are missing or not valid.') {
    return new DomainException('VALIDATION_FAILED', detail, { errors });
  }
}
