#!/usr/bin/env node
// Writes a new migration with the SQL that takes the migrations' schema to schema.prisma:
//   npm run db:migration:new -- add_thread_slug
// Needs no database: the shadow database is an in-memory PGlite (or SHADOW_DATABASE_URL).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPrisma } from './prisma.mjs';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('Usage: npm run db:migration:new -- <descriptive_snake_case_name>');
  process.exit(2);
}
const result = runPrisma(
  [
    'migrate',
    'diff',
    '--from-migrations',
    'prisma/migrations',
    '--to-schema',
    'prisma/schema.prisma',
    '--script',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
const sql = result.stdout;
if (!/^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|COMMENT)/im.test(sql)) {
  console.log('schema.prisma and the migrations agree: no migration needed.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`Wrote ${join(dir, 'migration.sql')}. Read it, add what Prisma cannot express, and commit it.`);
