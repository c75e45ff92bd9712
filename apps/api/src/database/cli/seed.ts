// npm run db:seed [-- --demo]: reference data, and with --demo the demo members.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { seedDemoData, seedReferenceData } from '../seed/seed';
import { fail, runWithDatabase } from './run-with-database';

const demo = process.argv.includes('--demo');

runWithDatabase(async (connection) => {
  const prisma = new PrismaClient({ adapter: new PrismaPg(connection.pool) });
  await seedReferenceData(prisma);
  process.stdout.write('Reference data is in place.\n');
  if (demo) {
    const password = process.env['DEMO_PASSWORD'];
    if (!password || password.length < 12) {
      throw new Error('Set DEMO_PASSWORD (at least 12 characters) to seed the demo members.');
    }
    const signIns = await seedDemoData(prisma, password);
    process.stdout.write(
      `Demo members (password from DEMO_PASSWORD):\n${signIns.map((e) => `  ${e}\n`).join('')}`,
    );
  }
}).catch(fail);
