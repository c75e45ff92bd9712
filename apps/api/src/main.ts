import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DatabaseBootstrap } from './database/database-bootstrap';
import { ConfigError, parseConfig } from './config/config.schema';
import { createApp } from './app/create-app';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }

  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });

  const address = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const lines = [``, `  EGCC Portal is running at ${address}`, `  API documentation: ${address}/api/docs`];
  const demo = app.get(DatabaseBootstrap).demo;
  if (demo) {
    lines.push(
      ``,
      `  Demo sign-ins (password: ${demo.password ?? 'as set when the demo data was created'}):`,
    );
    for (const email of demo.signIns) lines.push(`    ${email}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The portal could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
