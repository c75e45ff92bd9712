import { expect, type Page } from '@playwright/test';

/**
 * As a signed-in admin: opens Admin → Outbox, then the newest message to `address` with this
 * subject, and returns the link in it as a path of this site ("/accept-invitation#token=…").
 * (The demo has no mail server; the outbox is where admins read such links.)
 */
export async function linkFromOutbox(page: Page, address: string, subject: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: address }).filter({ hasText: subject }).first();
  await row.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const link = (await page.getByTestId('outbox-link').first().textContent())?.trim() ?? '';
  expect(link).toMatch(/^https?:\/\/\S+#token=\S+$/);
  // The link names the public address; the tests' server listens on another.
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}
