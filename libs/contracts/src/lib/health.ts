import { z } from 'zod';

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;

export const ReadinessCheck = z.object({
  status: z.enum(['ok', 'failing']),
  detail: z.string().optional(),
});

export const ReadinessResponse = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({
      database: ReadinessCheck,
      migrations: ReadinessCheck,
    }),
  })
  .meta({ id: 'ReadinessResponse' });
export type ReadinessResponse = z.infer<typeof ReadinessResponse>;
