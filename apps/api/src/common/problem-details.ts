import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type ErrorCode, PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, statusOf, TITLE_OF } from './domain.exception';

/** Seconds a client should wait before retrying while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_CONNECTION_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

interface ErrorLike {
  name?: string;
  code?: unknown;
  statusCode?: unknown;
  message?: string;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string } } };
}

/** True when an error means "the database cannot be reached right now". */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && (CONNECTION_ERROR_CODES.has(code) || PRISMA_CONNECTION_CODES.has(code))) return true;
  // Postgres: connection exceptions (08xxx), shutdown and "cannot connect now" (57P0x).
  if (code && /^(08...|57P0[1-3])$/.test(code)) return true;
  if (e.name === 'PrismaClientInitializationError') return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? (e.cause as { kind?: string } | undefined)?.kind;
  if (kind && ADAPTER_CONNECTION_KINDS.has(kind)) return true;
  if (
    typeof e.message === 'string' &&
    /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(e.message)
  ) {
    return true;
  }
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export interface MappedProblem {
  problem: ProblemDetails;
  retryAfterSeconds?: number;
  /** Unexpected: log with the stack. */
  unexpected: boolean;
}

function problem(
  code: ErrorCode,
  requestId: string,
  instance: string | undefined,
  detail?: string,
): ProblemDetails {
  return {
    type: problemType(code),
    title: TITLE_OF[code],
    status: statusOf(code),
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    code,
    requestId,
  };
}

/** Maps anything thrown while handling a request to RFC 9457 problem details. */
export function toProblem(error: unknown, requestId: string, instance?: string): MappedProblem {
  if (error instanceof DomainException) {
    return {
      problem: {
        ...problem(error.code, requestId, instance, error.detail),
        ...(error.extras.errors ? { errors: error.extras.errors } : {}),
        ...(error.extras.currentVersion !== undefined ? { currentVersion: error.extras.currentVersion } : {}),
      },
      retryAfterSeconds: error.extras.retryAfterSeconds,
      unexpected: false,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      problem: problem(
        'SERVICE_UNAVAILABLE',
        requestId,
        instance,
        'The database cannot be reached at the moment. Nothing was changed; please try again shortly.',
      ),
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      unexpected: false,
    };
  }
  const e = (error ?? {}) as ErrorLike;
  // Prisma: a unique constraint or a record that vanished under us.
  if (e.name === 'PrismaClientKnownRequestError') {
    if (e.code === 'P2002') {
      return {
        problem: problem('CONFLICT', requestId, instance, 'This conflicts with an existing record.'),
        unexpected: false,
      };
    }
    if (e.code === 'P2025') {
      return {
        problem: problem('NOT_FOUND', requestId, instance, DomainException.notFound().detail),
        unexpected: false,
      };
    }
  }
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof e.statusCode === 'number'
        ? e.statusCode
        : 500;
  const code = HTTP_STATUS_CODES[status];
  if (code && status < 500) {
    // Nest's and Fastify's own 4xx (unknown route, unreadable JSON, body too large, ...).
    const message = error instanceof HttpException ? undefined : e.message;
    return {
      problem: problem(code, requestId, instance, detailFor(code, message, instance)),
      unexpected: false,
    };
  }
  return {
    problem: problem(
      'INTERNAL_ERROR',
      requestId,
      instance,
      `Please try again; if it persists, quote request id ${requestId}.`,
    ),
    unexpected: true,
  };
}

function detailFor(
  code: ErrorCode,
  message: string | undefined,
  instance: string | undefined,
): string | undefined {
  switch (code) {
    case 'NOT_FOUND':
      return instance ? `No such address: ${instance.split('?')[0]}` : undefined;
    case 'MALFORMED_REQUEST':
      return message
        ? `The request body could not be read: ${message}`
        : 'The request body could not be read.';
    case 'PAYLOAD_TOO_LARGE':
      return 'The request body is larger than this endpoint accepts.';
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 'Send JSON (Content-Type: application/json).';
    default:
      return undefined;
  }
}

const logger = new Logger('Problem');

/** Writes problem details for an error, logging the unexpected ones with their stack. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const mapped = toProblem(error, String(request.id), request.url);
  if (mapped.unexpected) {
    logger.error(
      error instanceof Error ? error : { error },
      error instanceof Error ? error.stack : undefined,
    );
  } else if (mapped.problem.status === 503) {
    logger.warn({
      msg: 'database unavailable',
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (mapped.retryAfterSeconds !== undefined) reply.header('retry-after', String(mapped.retryAfterSeconds));
  reply
    .status(mapped.problem.status)
    .header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(mapped.problem));
}

/** The one place where exceptions become HTTP responses. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
