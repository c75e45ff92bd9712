import { expect, type Page } from '@playwright/test';

export const HOME_HEADING = 'Welcome to the EGCC Portal';
export const NOT_FOUND_PATH = '/no/such/page';

/** The home page's line about the service, once the health check has answered. */
export const serviceStatus = (page: Page) => page.getByRole('status').filter({ hasText: /The portal/ });

/** Opens the home page (signed in) and waits until the service status has answered. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await expect(serviceStatus(page)).toHaveText(/The portal is running/);
}

/** Opens an address the SPA has no page for. */
export async function openNotFound(page: Page): Promise<void> {
  await page.goto(NOT_FOUND_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
}
