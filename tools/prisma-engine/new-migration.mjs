#!/usr/bin/env node
// Writes a new migration with the SQL that takes the migrations' schema to schema.prisma:
//   npm run db:migration:new -- add_thread_slug
// Needs no database: the shadow database is an in-memory PGlite (or SHADOW_DATABASE_URL).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPrisma } from './prisma.mjs';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('Usage: npm run db:migration:new -- <descriptive_snake_case_name>');
  process.exit(2);
}
// Written outside prisma/migrations first: a folder without its file there upsets the CLI.
const scratch = mkdtempSync(join(tmpdir(), 'egcc-migration-'));
const file = join(scratch, 'migration.sql');
const result = runPrisma([
  'migrate',
  'diff',
  '--from-migrations',
  'prisma/migrations',
  '--to-schema',
  'prisma/schema.prisma',
  '--script',
  '--output',
  file,
]);
const sql = result.status === 0 && existsSync(file) ? readFileSync(file, 'utf8') : '';
rmSync(scratch, { recursive: true, force: true });
if (!/^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|COMMENT)/im.test(sql)) {
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log('schema.prisma and the migrations agree: no migration needed.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`Wrote ${join(dir, 'migration.sql')}. Read it, add what Prisma cannot express, and commit it.`);
