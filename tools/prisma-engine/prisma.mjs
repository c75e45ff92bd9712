#!/usr/bin/env node
// Runs the real Prisma CLI with the WASM schema engine standing in for the native one:
//   node tools/prisma-engine/prisma.mjs migrate status
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export function runPrisma(args, options = {}) {
  const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  return spawnSync(process.execPath, [cli, ...args], {
    stdio: 'inherit',
    ...options,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: join(here, 'schema-engine.mjs'),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      ...options.env,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = runPrisma(process.argv.slice(2));
  process.exit(result.status ?? 1);
}
