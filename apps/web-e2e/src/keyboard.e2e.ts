import { expect, test } from './support/fixtures';
import { HOME_HEADING, openHome, openNotFound } from './support/pages';
import { delegate, signInByApi } from './support/session';

test.describe('keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, delegate('fi'));
  });

  test('the first Tab shows the skip link, and Enter moves focus to the main content', async ({ page }) => {
    await openNotFound(page);
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink).not.toBeInViewport();

    await page.keyboard.press('Tab');
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab lands in the content, past the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeFocused();
  });

  test('Tab after the skip link reaches the site title and then every main navigation link', async ({
    page,
  }) => {
    await openHome(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('link', { name: /^EGCC Portal/ })).toBeFocused();

    const navigationLinks = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const count = await navigationLinks.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      await page.keyboard.press('Tab');
      await expect(navigationLinks.nth(index)).toBeFocused();
      await expect(navigationLinks.nth(index)).toBeInViewport();
    }
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('following a link moves focus to the new page heading and retitles the page', async ({ page }) => {
    await openNotFound(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeFocused();
    await expect(page).toHaveTitle('Page not found · EGCC Portal');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeFocused();
    await expect(page).toHaveTitle('Home · EGCC Portal');
  });

  test('going back moves focus to the previous page heading', async ({ page }) => {
    await openNotFound(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeFocused();

    // A history traversal is a navigation too. (Back to an address ending in #main, Chromium
    // focuses the main element instead, which serves as well.)
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeFocused();
    await expect(page).toHaveTitle('Page not found · EGCC Portal');
  });
});
