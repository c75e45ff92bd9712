import fastifyMultipart from '@fastify/multipart';
import { ATTACHMENT_MAX_BYTES } from '@egcc/contracts';
import type { FastifyInstance } from 'fastify';

/**
 * Lets routes read multipart uploads (request.file()); nothing is parsed until a route asks,
 * which is after the access guard (sign-in, CSRF, policy) has let the request through.
 */
export async function registerMultipart(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fieldSize: 1024, fields: 10, headerPairs: 100 },
  });
}
