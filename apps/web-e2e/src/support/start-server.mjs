// Starts the production build (API + SPA on one port) on a fresh embedded database, for the
// browser tests. Playwright runs it as its webServer and stops it with SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
// E2E_DIST_DIR: a copy of the build to test (under dist/, so that node_modules resolve), for a
// run that must not see the builds made meanwhile in the same checkout.
const distRoot = resolve(workspaceRoot, process.env.E2E_DIST_DIR ?? 'dist');
const apiMain = join(distRoot, 'apps/api/main.js');
const webDist = join(distRoot, 'apps/web');

const port = process.env.PORT;
const demoPassword = process.env.DEMO_PASSWORD;
if (!port || !demoPassword) {
  process.stderr.write(
    'start-server: PORT and DEMO_PASSWORD must be set (playwright.config.ts sets them).\n',
  );
  process.exit(1);
}
for (const built of [apiMain, join(webDist, 'index.html')]) {
  if (!existsSync(built)) {
    process.stderr.write(
      `start-server: ${built} is missing; run \`npx nx run-many -t build -p api web\` first.\n`,
    );
    process.exit(1);
  }
}

// One directory per port, emptied on every start: each run seeds a new database, and a run
// that was killed leaves nothing that the next one would pick up.
const dataDir = join(tmpdir(), `egcc-web-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const server = spawn(process.execPath, [apiMain], {
  cwd: workspaceRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: port,
    DATA_DIR: dataDir,
    // Empty means unset: a developer's .env must not point the tests at a real database.
    DATABASE_URL: '',
    DEMO_DATA: 'auto',
    DEMO_PASSWORD: demoPassword,
    WEB_DIST_DIR: webDist,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  },
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopping = true;
    // The server is in our process group and usually has the signal already; send it anyway.
    if (server.exitCode === null) server.kill(signal);
  });
}

server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
