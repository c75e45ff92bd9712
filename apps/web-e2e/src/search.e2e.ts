import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/discussions';
import { expect, test } from './support/fixtures';
import { openHome } from './support/pages';
import { delegate, signInByApi } from './support/session';

// From the demo data: a thread whose title has a word nothing else in it has ("capitals"), and
// the one word that only Lithuania's 2026 H2 draft report holds ("Vaiko", of Vaiko namai).
const THREAD_TITLE = 'Barnahus outside the capitals: travel times for child victims';
const DRAFT_ONLY_WORD = 'Vaiko';
const LITHUANIAN_DRAFT = 'Lithuania: national report, 2026 H2';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the portal' });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const results = (page: Page) => page.getByRole('list', { name: 'Results' });

/** "/" from wherever the member is, then the words, as typed. */
async function typeSearch(page: Page, words: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(words);
}

test.describe('search', () => {
  test('a member searches from the navigation with the keyboard alone: a suggestion, then the results page and a result', async ({
    page,
  }) => {
    await signInByApi(page, delegate('fi'));
    await openHome(page);

    await typeSearch(page, 'capitals');
    const box = searchBox(page);
    const suggestion = page.getByRole('option', { name: new RegExp(`^${THREAD_TITLE}`) }).first();
    await expect(suggestion).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.getByRole('status').filter({ hasText: /suggestions?\. Use the up and down arrows/ }),
    ).toHaveCount(1);
    await expectNoAxeViolations(page);

    // Down until the thread is highlighted, then Enter opens it.
    const optionId = await suggestion.getAttribute('id');
    for (let presses = 0; presses < 10; presses++) {
      if ((await box.getAttribute('aria-activedescendant')) === optionId) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(box).toHaveAttribute('aria-activedescendant', optionId!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/discussions\/[0-9a-f-]+/);
    await expect(heading(page, THREAD_TITLE)).toBeFocused();
    await expect(box).toHaveValue('');

    // Enter without choosing a suggestion: the results page.
    await typeSearch(page, 'capitals');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search?q=capitals');
    await expect(heading(page, 'Search')).toBeFocused();
    await expect(page).toHaveTitle('Search: capitals · EGCC Portal');
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('capitals');
    const link = results(page)
      .getByRole('link', { name: new RegExp(`^${THREAD_TITLE}`) })
      .first();
    await expect(link).toBeVisible();
    await expect(results(page).locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The result's own address: the thread, or a post in it.
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/discussions\/[0-9a-f-]+/);
    await tabTo(page, link, 40);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
    await expect(heading(page, THREAD_TITLE)).toBeVisible();
  });

  test('a search that finds nothing says so, and the page passes axe', async ({ page }) => {
    await signInByApi(page, delegate('fi'));
    await openHome(page);

    await typeSearch(page, 'qxzvw');
    await expect(
      page.getByRole('status').filter({ hasText: 'No suggestions. Press Enter to search.' }),
    ).toHaveCount(1);
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Search')).toBeFocused();
    await expect(page.getByText('Nothing found for “qxzvw”.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Escape empties the box, and a second one goes back to where "/" was pressed.
    await typeSearch(page, 'qxzvw');
    await expect(
      page.getByRole('status').filter({ hasText: 'No suggestions. Press Enter to search.' }),
    ).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(heading(page, 'Search')).toBeFocused();
  });

  test("another delegation's draft is never found: Lithuania finds a word of its draft, Finland does not", async ({
    browser,
    page,
  }) => {
    const lithuania = await (await browser.newContext()).newPage();
    await signInByApi(lithuania, delegate('lt'));
    await lithuania.goto(`/search?q=${DRAFT_ONLY_WORD}`);
    await expect(
      results(lithuania)
        .getByRole('link', { name: new RegExp(`^${LITHUANIAN_DRAFT}`) })
        .first(),
    ).toBeVisible();
    await lithuania.context().close();

    await signInByApi(page, delegate('fi'));
    await page.goto(`/search?q=${DRAFT_ONLY_WORD}`);
    await expect(heading(page, 'Search')).toBeVisible();
    await expect(page.getByText(`Nothing found for “${DRAFT_ONLY_WORD}”.`)).toBeVisible();
    await expect(results(page)).toHaveCount(0);
    // Not in the counts, not in the suggestions either.
    const search = await page.request.get(`/api/v1/search?q=${DRAFT_ONLY_WORD}`);
    expect(search.status()).toBe(200);
    expect(await search.json()).toMatchObject({ items: [], nextCursor: null });
    expect(
      ((await search.json()) as { counts: { count: number }[] }).counts.every((c) => c.count === 0),
    ).toBe(true);
    await page.keyboard.press('/');
    await page.keyboard.type(DRAFT_ONLY_WORD);
    await expect(
      page.getByRole('status').filter({ hasText: 'No suggestions. Press Enter to search.' }),
    ).toHaveCount(1);
  });
});
