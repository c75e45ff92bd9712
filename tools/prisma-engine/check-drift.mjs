#!/usr/bin/env node
// Fails when schema.prisma and prisma/migrations describe different databases.
import { runPrisma } from './prisma.mjs';

const result = runPrisma(
  [
    'migrate',
    'diff',
    '--from-migrations',
    'prisma/migrations',
    '--to-schema',
    'prisma/schema.prisma',
    '--exit-code',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (result.status === 0) {
  console.log('Migrations match schema.prisma.');
} else if (result.status === 2) {
  console.error(result.stdout);
  console.error('schema.prisma and prisma/migrations differ: run `npm run db:migration:new -- <name>`.');
  process.exit(1);
} else {
  console.error(result.stdout);
  console.error(`Could not compare schema and migrations (exit ${result.status}).`);
  process.exit(1);
}
