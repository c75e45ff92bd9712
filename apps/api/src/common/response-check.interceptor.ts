import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ENDPOINT, type EndpointSpec } from './endpoint';

/**
 * Outside production, every response is checked against the schema its route documents, so
 * tests fail when code and contract drift apart. Production skips the check for speed; the
 * types already bind each handler's return value to the same schema.
 */
@Injectable()
export class ResponseCheckInterceptor implements NestInterceptor {
  private readonly enabled: boolean;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.enabled = config.NODE_ENV !== 'production';
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.enabled
      ? this.reflector.get<EndpointSpec | undefined>(ENDPOINT, context.getHandler())
      : undefined;
    const schema = spec?.response;
    // Non-JSON bodies (CSV, calendars) are streamed by the handler itself.
    if (!schema || spec.contentType) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const result = schema.safeParse(body);
        if (!result.success) {
          throw new Error(
            `Response of ${context.getClass().name}.${context.getHandler().name} does not match its schema: ` +
              result.error.message,
          );
        }
        return body;
      }),
    );
  }
}
