import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds a directory shipped with the app: next to the bundle in a build (the build copies
 * it there), or in the workspace when running from sources (tests, scripts).
 */
export function locate(bundled: string, inWorkspace: string, from = __dirname): string {
  const besideBundle = join(from, bundled);
  if (existsSync(besideBundle)) return besideBundle;
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, inWorkspace);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), inWorkspace);
    dir = parent;
  }
}

export const migrationsDir = () => locate('migrations', 'prisma/migrations');
