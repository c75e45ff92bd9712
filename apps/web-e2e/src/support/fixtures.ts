import { test as base, expect } from '@playwright/test';

/** What the browser reported while a test ran. */
export interface BrowserReports {
  /** Console messages about the Content-Security-Policy (violations, mostly). */
  cspMessages: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every console error, for the report of a failing test. */
  consoleErrors: string[];
}

interface Fixtures {
  browserReports: BrowserReports;
}

interface Options {
  /** Fail the test when the page reports a CSP message or an uncaught error. */
  failOnBrowserErrors: boolean;
}

const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/**
 * Playwright's test with a watch on the browser console: an SPA page that breaks its own
 * Content-Security-Policy, or throws, fails the test even when everything looks right.
 */
export const test = base.extend<Fixtures & Options>({
  failOnBrowserErrors: [true, { option: true }],
  browserReports: [
    async ({ page, failOnBrowserErrors }, use, testInfo) => {
      const reports: BrowserReports = { cspMessages: [], pageErrors: [], consoleErrors: [] };
      page.on('console', (message) => {
        const text = message.text();
        if (CSP_MESSAGE.test(text)) reports.cspMessages.push(text);
        if (message.type() === 'error') reports.consoleErrors.push(`${text} (${message.location().url})`);
      });
      page.on('pageerror', (error) => {
        reports.pageErrors.push(error.stack ?? error.message);
        if (CSP_MESSAGE.test(error.message)) reports.cspMessages.push(error.message);
      });

      await use(reports);

      if (reports.consoleErrors.length > 0) {
        await testInfo.attach('console-errors', {
          body: reports.consoleErrors.join('\n'),
          contentType: 'text/plain',
        });
      }
      if (failOnBrowserErrors) {
        expect(reports.cspMessages, 'Content-Security-Policy messages in the browser console').toEqual([]);
        expect(reports.pageErrors, 'uncaught errors in the page').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
