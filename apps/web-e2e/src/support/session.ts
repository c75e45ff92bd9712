import { expect, type Page } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD } from './demo';
import { HOME_HEADING } from './pages';

/** Demo sign-ins (seeded on the test database), all with DEMO_PASSWORD. */
export const ADMIN = 'admin@egcc.example';
export const CHAIR = 'chair@egcc.example';
export const OBSERVER = 'observer@egcc.example';
export const delegate = (code: string) => `delegate.${code}@egcc.example`;

/**
 * Signs the page's browser context in through the API, for tests about something else: the
 * session cookie lands in the context's cookie jar, as after the sign-in form.
 */
export async function signInByApi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/v1/auth/sign-in', {
    data: { email, password },
    // The API refuses requests that change something unless they come from its own origin.
    headers: { origin: BASE_URL },
  });
  expect(response.status(), `signing in ${email}`).toBe(200);
  expect(((await response.json()) as { status: string }).status).toBe('signed_in');
}

/** Signs in with the form, as a member would. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), BASE_URL).pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in with the form and waits for the home page. */
export async function signInToHome(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await signInWithForm(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
}

/** Signs out with the member menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account menu for / }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('You have signed out.')).toBeVisible();
}
