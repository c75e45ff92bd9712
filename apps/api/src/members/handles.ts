import type { Db } from '../database/prisma.service';

/** The part of an address that makes a handle: "Kadri.Tamm@sm.ee" → "kadri.tamm". */
export function handleStem(email: string): string {
  const stem = (email.split('@')[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '')
    .replace(/^[._-]+/, '')
    .slice(0, 56);
  return stem || 'member';
}

/** A handle nobody has yet: the stem, or the stem with -2, -3, ... */
export async function uniqueHandle(db: Db, email: string): Promise<string> {
  const stem = handleStem(email);
  const taken = new Set(
    (
      await db.user.findMany({
        where: { OR: [{ handle: stem }, { handle: { startsWith: `${stem}-` } }] },
        select: { handle: true },
      })
    ).map((user) => user.handle),
  );
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }
}
