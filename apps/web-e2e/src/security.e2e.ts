import { expect, test } from './support/fixtures';
import { NOT_FOUND_PATH, openHome, openNotFound, serviceStatus } from './support/pages';
import { delegate, signInByApi } from './support/session';

test.describe('Content-Security-Policy', () => {
  test('the SPA is served under a policy without inline scripts or styles', async ({ request }) => {
    for (const path of ['/', NOT_FOUND_PATH]) {
      const response = await request.get(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("style-src 'self'");
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  test('the SPA pages run without Content-Security-Policy reports', async ({ page, browserReports }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signInByApi(page, delegate('fi'));
    await openHome(page);
    await openNotFound(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(serviceStatus(page)).toHaveText(/The portal is running/);
    expect(browserReports.cspMessages).toEqual([]);
    expect(browserReports.pageErrors).toEqual([]);
  });

  test.describe('the console watch', () => {
    // This test provokes a violation on purpose.
    test.use({ failOnBrowserErrors: false });

    test('sees a violation when the page adds an inline style, which the browser refuses', async ({
      page,
      browserReports,
    }) => {
      await signInByApi(page, delegate('fi'));
      await openHome(page);
      expect(browserReports.cspMessages).toEqual([]);
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { background-color: rgb(255, 0, 0); }';
        document.head.append(style);
      });
      await expect.poll(() => browserReports.cspMessages.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
        'rgb(255, 0, 0)',
      );
    });
  });
});
