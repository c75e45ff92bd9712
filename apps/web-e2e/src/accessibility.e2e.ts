import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { openHome, openNotFound, serviceStatus } from './support/pages';
import { delegate, signInByApi } from './support/session';

test.describe('axe-core finds no WCAG 2.1 AA or best-practice violations', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, delegate('fi'));
  });

  test('on the home page', async ({ page }) => {
    await openHome(page);
    await expectNoAxeViolations(page);
  });

  test('on the not-found page', async ({ page }) => {
    await openNotFound(page);
    await expectNoAxeViolations(page);
  });

  test('on the home page reached by a client-side navigation', async ({ page }) => {
    await openNotFound(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(serviceStatus(page)).toHaveText(/The portal is running/);
    await expectNoAxeViolations(page);
  });

  test('and the check does fail on a violation', async ({ page }) => {
    await openHome(page);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')?.append(image);
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });
});

// A long mistyped address is the widest thing the pages show today.
type OpenPage = (page: Page) => Promise<unknown>;

const LONG_PATH = `/no/such/page/${'meeting-of-the-expert-group-'.repeat(6)}`;

for (const viewport of [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ page }) => {
      await signInByApi(page, delegate('fi'));
    });

    const pages: [string, OpenPage][] = [
      ['home page', openHome],
      ['not-found page with a long address', (page) => page.goto(LONG_PATH)],
    ];
    for (const [name, open] of pages) {
      test(`the ${name} needs no horizontal scrolling`, async ({ page }) => {
        await open(page);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const size = await page.evaluate(() => ({
          innerWidth: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(size.innerWidth).toBe(viewport.width);
        expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
      });
    }
  });
}
