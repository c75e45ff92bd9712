// npm run db:migrate: applies pending migrations, as `prisma migrate deploy` would.
import { applyMigrations } from '../migrator';
import { migrationsDir } from '../paths';
import { fail, runWithDatabase } from './run-with-database';

runWithDatabase(async (connection) => {
  const applied = await applyMigrations(connection.pool, migrationsDir());
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n');
}).catch(fail);
