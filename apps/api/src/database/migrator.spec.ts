import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from './migrator';

describe('readMigrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'egcc-migrations-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, sql: string) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  };

  it('lists migration folders in name order with Prisma’s checksum of the raw file', () => {
    write('20260202000000_second', 'SELECT 2;\r\n');
    write('20260101000000_first', 'SELECT 1;\n');
    mkdirSync(join(dir, 'not_a_migration'));
    writeFileSync(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');

    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(['20260101000000_first', '20260202000000_second']);
    // Checksums are over the bytes as stored: line endings count.
    expect(migrations[1]?.checksum).toBe(createHash('sha256').update('SELECT 2;\r\n').digest('hex'));
  });

  it('fails clearly when the folder is missing', () => {
    expect(() => readMigrations(join(dir, 'nope'))).toThrow(/Migrations directory not found/);
  });
});
