import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainException } from '../common/domain.exception';
import { sendProblem } from '../common/problem-details';

/**
 * Serves the built SPA: hashed assets with long caching, compressed ahead of time, and index.html for every other GET
 * outside /api so that client-side routes load. Unknown /api addresses stay a 404 problem.
 */
export async function registerSpa(fastify: FastifyInstance, webDistDir: string): Promise<boolean> {
  const built = existsSync(join(webDistDir, 'index.html'));
  if (built) {
    await fastify.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build writes .br and .gz copies (apps/web/vite-precompress.mts).
      preCompressed: true,
      setHeaders(reply, path) {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || !built) {
      sendProblem(DomainException.notFound(`No such address: ${request.url.split('?')[0]}`), request, reply);
      return;
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return built;
}
