import { z } from 'zod';
import { Id } from './common';

/** A member as others see them next to what they wrote. */
export const PersonRef = z
  .object({
    id: Id,
    name: z.string(),
    handle: z.string(),
    delegation: z.object({ code: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof PersonRef>;
