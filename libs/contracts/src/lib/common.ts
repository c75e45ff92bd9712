import { z } from 'zod';

export const Id = z.uuid({ message: 'must be an id (UUID)' });

/** E-mail addresses are compared and stored in lower case, without surrounding spaces. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address' }).max(320));

export const PersonName = z.string().trim().min(1, 'is required').max(200);
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** Calendar dates as "YYYY-MM-DD". */
export const IsoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Length rules only; strength (common passwords, own name) is checked by the API. */
export const NewPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');

/** Cursor-paged lists: pass `nextCursor` back as `cursor` for the next page. */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type Page<T> = { items: T[]; nextCursor: string | null };

/** A TOTP code from an authenticator app: six digits. */
export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the six digits your authenticator app shows');
