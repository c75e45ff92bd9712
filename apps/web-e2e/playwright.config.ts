import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, E2E_PORT } from './src/support/demo';

// Relative paths below are resolved from this file's directory (apps/web-e2e).
export default defineConfig({
  testDir: 'src',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two cores, and one server with one embedded database behind it.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: CI shares two cores between the server, the browser and the test runner.
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: test tools cannot download browser builds on these machines.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node src/support/start-server.mjs',
    url: `${BASE_URL}/api/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(E2E_PORT), DEMO_PASSWORD },
  },
});
