import { type DynamicModule, RequestMethod, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { registerMultipart } from '../attachments/multipart';
import { createRootLogger, PinoNestLogger } from '../common/logger';
import { requestContext, requestIdFrom } from '../common/request-context';
import type { AppConfig } from '../config/config.schema';
import { AppModule } from './app.module';
import { buildOpenApiDocument, type RouteLayout, serveOpenApi } from './openapi';
import { registerSecurityHeaders } from './security-headers';
import { registerSpa } from './spa';

export const ROUTE_LAYOUT: RouteLayout = { prefix: 'api/v1', unprefixed: ['api/health', 'api/ready'] };
const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** One log line per request, when it completes, instead of Fastify's two. */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // Logged once, on completion.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

export interface CreateAppOptions {
  logger?: Logger;
  /** Further modules: the integration tests add probes of the HTTP pipeline. */
  imports?: (Type | DynamicModule)[];
}

/**
 * Builds the whole application: Nest on Fastify, the API under /api/v1, health checks, the
 * OpenAPI document and the built SPA. Used by main.ts and by the integration tests alike.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createRootLogger(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new OneLinePerRequest({ requestIdLogLabel: 'requestId' }),
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) =>
      requestIdFrom(request.headers['x-request-id'], randomUUID),
    trustProxy: config.TRUST_PROXY_HOPS > 0 ? config.TRUST_PROXY_HOPS : false,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    return503OnClosing: true,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    const userAgent = request.headers['user-agent'];
    requestContext.run(
      {
        requestId: String(request.id),
        ipAddress: request.ip ?? null,
        userAgent: userAgent ? userAgent.slice(0, 500) : null,
      },
      done,
    );
  });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.imports),
    adapter,
    {
      logger: new PinoNestLogger(logger),
    },
  );
  app.setGlobalPrefix(ROUTE_LAYOUT.prefix, {
    exclude: ROUTE_LAYOUT.unprefixed.map((path) => ({ path, method: RequestMethod.ALL })),
  });
  app.enableShutdownHooks();

  await fastify.register(fastifyCookie);
  await registerMultipart(fastify);
  registerSecurityHeaders(fastify);
  serveOpenApi(app, buildOpenApiDocument(app, ROUTE_LAYOUT));
  await registerSpa(fastify, config.WEB_DIST_DIR ?? join(__dirname, '..', 'web'));
  await app.init();
  return app;
}
