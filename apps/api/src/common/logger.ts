import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { requestContext } from './request-context';

export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'egcc-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never write credentials to the log.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}

/** Nest's logger interface on top of pino; lines logged during a request carry its id. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ) {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const requestId = requestContext.getStore()?.requestId;
    const fields: Record<string, unknown> = {};
    if (context) fields['context'] = context;
    if (requestId) fields['requestId'] = requestId;
    if (level === 'error' && typeof rest[0] === 'string' && rest.length > 1) fields['stack'] = rest[0];
    if (message instanceof Error) {
      this.root[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.root[level]({ ...fields, ...message });
    } else {
      this.root[level](fields, String(message));
    }
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }
}
