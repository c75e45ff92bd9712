import { expect, test } from './support/fixtures';
import { HOME_HEADING, NOT_FOUND_PATH, openHome, openNotFound, serviceStatus } from './support/pages';
import { delegate, signInByApi } from './support/session';

test.describe('the portal shell', () => {
  test('a visitor is asked to sign in first, and comes back to the page asked for', async ({ page }) => {
    const response = await page.goto('/directory');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL('/sign-in?next=%2Fdirectory');
    await expect(page).toHaveTitle('Sign in · EGCC Portal');
    // Nothing of the portal shows before signing in.
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });

  test('the home page loads and reports that the portal is running', async ({ page }) => {
    await signInByApi(page, delegate('fi'));
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(page).toHaveTitle('Home · EGCC Portal');
    await expect(serviceStatus(page)).toHaveText(/^The portal is running \(version \S+\)\.$/);
  });

  test('an unknown address shows the not-found page, whose link leads home', async ({ page }) => {
    await signInByApi(page, delegate('fi'));
    // The server answers every non-API address with the SPA, which decides what is there.
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · EGCC Portal');
    await expect(page.getByRole('main')).toContainText(`There is no page at ${NOT_FOUND_PATH}.`);

    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(page).toHaveTitle('Home · EGCC Portal');
  });

  test('an unknown API address is a 404 problem, not the SPA', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-resource');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  for (const [name, open] of [
    ['home page', openHome],
    ['not-found page', openNotFound],
  ] as const) {
    test(`the ${name} has the page landmarks and declares English`, async ({ page }) => {
      await signInByApi(page, delegate('fi'));
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('navigation')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveAttribute('id', 'main');
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }
});
