import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { delegate, signInByApi } from './support/session';

// The demo threads (apps/api/src/database/seed/demo-discussions.ts), as members find them.
const PINNED = 'How do you hear children when preparing national reports?';
const BARNAHUS = 'Barnahus outside the capitals: travel times for child victims';
const FOSTER = 'Too few foster families: moving children out of institutions';
const GUARDIANS = 'Guardians for unaccompanied migrant children: how fast are they appointed?';

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const threadList = (page: Page) => page.getByRole('list', { name: 'Threads' });

test.describe('the demo discussions', () => {
  test('a delegate follows a tag from the list and filters by author', async ({ page }) => {
    await signInByApi(page, delegate('ee'));
    await page.goto('/discussions');
    await expect(page.getByRole('heading', { level: 1, name: 'Discussions' })).toBeVisible();
    await expect(threadList(page).getByRole('link', { name: PINNED })).toBeVisible();

    const foster = threadList(page).getByRole('listitem').filter({ hasText: FOSTER });
    await foster.getByRole('link', { name: 'Focus area: Children in alternative care' }).click();
    await expect(page).toHaveURL('/discussions?focusArea=ALTERNATIVE_CARE');
    await expect(threadList(page).getByRole('link', { name: FOSTER })).toBeVisible();
    await expect(threadList(page).getByRole('link', { name: BARNAHUS })).toHaveCount(0);
    const follow = page.getByRole('button', { name: 'Follow this focus area' });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.tag-follow__state')).toContainText(
      'You follow the focus area “Children in alternative care”',
    );
    await expectNoAxeViolations(page);
    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'false');

    // By keyboard: the name may wrap over two lines, where a click at its centre misses it.
    await threadList(page).getByRole('link', { name: 'Threads started by Ilze Bērziņa (Latvia)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/discussions\?author=[0-9a-f-]{36}$/);
    await expect(page.getByRole('search').getByText(/^Started by/)).toHaveText(
      'Started by Ilze Bērziņa (Latvia) Show threads by anyone',
    );
    await expect(threadList(page).getByRole('link', { name: FOSTER })).toBeVisible();
    await expect(threadList(page).getByRole('link', { name: GUARDIANS })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show threads by anyone' }).click();
    await expect(page).toHaveURL('/discussions');
    await expect(threadList(page).getByRole('link', { name: GUARDIANS })).toBeVisible();
  });

  test('a member with unread posts sees the badges and lands on the first unread post', async ({ page }) => {
    await signInByApi(page, delegate('lt'));
    await page.goto('/');
    await expect(
      mainNavigation(page).getByRole('link', { name: 'Discussions, 2 followed threads with new posts' }),
    ).toBeVisible();
    await expect(
      mainNavigation(page).getByRole('link', { name: /^Notifications, \d+ unread$/ }),
    ).toBeVisible();

    await mainNavigation(page)
      .getByRole('link', { name: /^Discussions/ })
      .click();
    const barnahus = threadList(page).getByRole('listitem').filter({ hasText: BARNAHUS });
    await expect(barnahus).toContainText('5 new');
    await barnahus.getByRole('link', { name: BARNAHUS }).click();
    await expect(page.getByRole('heading', { level: 1, name: BARNAHUS })).toBeVisible();
    await expect(page.locator('#post-2')).toBeFocused();

    await page.goto('/notifications');
    await expect(
      page.getByRole('link', { name: `Jonas Becker mentioned you in “${GUARDIANS}”` }),
    ).toBeVisible();
  });
});
