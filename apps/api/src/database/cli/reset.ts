// npm run db:reset: drops everything, re-applies the migrations and seeds reference data.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { applyMigrations } from '../migrator';
import { migrationsDir } from '../paths';
import { seedReferenceData } from '../seed/seed';
import { fail, runWithDatabase } from './run-with-database';

if (process.env['NODE_ENV'] === 'production' && !process.argv.includes('--force')) {
  fail('Refusing to reset a production database without --force.');
}

runWithDatabase(async (connection) => {
  await connection.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const applied = await applyMigrations(connection.pool, migrationsDir());
  await seedReferenceData(new PrismaClient({ adapter: new PrismaPg(connection.pool) }));
  process.stdout.write(`Database reset: ${applied.length} migrations applied, reference data seeded.\n`);
}).catch(fail);
