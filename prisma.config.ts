// Prisma CLI configuration. The CLI needs a schema engine: on these machines it is the
// WASM build behind tools/prisma-engine (see README, "Migrations").
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx apps/api/src/database/cli/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? '',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
