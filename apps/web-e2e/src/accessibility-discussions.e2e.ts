import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { discussionsApi, openThread, uniqueTitle } from './support/discussions';
import { expect, test } from './support/fixtures';
import { CHAIR, delegate, OBSERVER, signInByApi } from './support/session';

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

test.describe('axe-core finds no violations on the pages of the discussions', () => {
  test('the thread list, a new thread, a thread (with composer, hidden, removed, edited and locked posts), notifications and their settings', async ({
    page,
    browser,
  }) => {
    test.slow();
    const title = uniqueTitle('Access to therapy after abuse');
    // A delegate writes, edits and removes; the chair hides and locks.
    const delegateContext = await browser.newContext();
    const delegatePage = await delegateContext.newPage();
    await signInByApi(delegatePage, delegate('no'));
    const author = await discussionsApi(delegatePage);
    const thread = await author.createThread({
      title,
      body: 'Children wait months for therapy.\n\n## What we tried\n\n- a hotline\n- **outreach** teams\n\n> a quotation\n\n| region | weeks |\n|:--|--:|\n| north | 12 |',
      focusAreas: ['SEXUAL_ABUSE'],
      gapKinds: ['SERVICES', 'CAPACITY'],
      delegations: ['no', 'se'],
    });
    const edited = await author.reply(thread.id, 'First version of a reply, mentioning @chair.');
    expect(
      (
        await author.patch(`/posts/${edited.id}`, { body: 'Second version of a reply, mentioning @chair.' })
      ).status(),
    ).toBe(200);
    const removed = await author.reply(thread.id, 'A post its author removes.');
    expect((await author.delete(`/posts/${removed.id}`)).status()).toBe(200);
    const hidden = await author.reply(thread.id, 'A post the chair hides.');

    await signInByApi(page, CHAIR);
    const chair = await discussionsApi(page);
    expect(
      (await chair.post(`/posts/${hidden.id}/hide`, { reason: 'Off topic for this thread.' })).status(),
    ).toBe(200);

    await open(page, '/discussions', 'Discussions');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    await open(page, '/discussions?unread=true&gapKind=SERVICES', 'Discussions');
    await expectNoAxeViolations(page);

    await open(page, '/discussions/new', 'New thread');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Open the thread' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);
    const body = page.getByRole('textbox', { name: 'First post', exact: true });
    await body.click();
    await body.pressSequentially('Asking @delegate.');
    await expect(page.getByRole('listbox', { name: 'Members to mention' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview of first post' })).toBeVisible();
    await expectNoAxeViolations(page);

    // With the composer, an edited post, a removed one and a hidden one; moderation open.
    await openThread(page, thread.id, title);
    await expect(page.locator('#post-3')).toContainText('This post was removed by its author.');
    await expect(page.locator('#post-4')).toContainText('Reason: Off topic for this thread.');
    await expect(page.getByRole('textbox', { name: 'Your reply', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByText('Moderate this thread').click();
    await page
      .locator('#post-2')
      .getByText(/^Edited once/)
      .click();
    await expect(page.locator('#post-2').getByText('First version of a reply')).toBeVisible();
    await page.getByRole('button', { name: 'Quote post 2 by Ingrid Hansen' }).click();
    await expect(page.getByRole('textbox', { name: 'Your reply', exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Hide post 1 by Ingrid Hansen' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // Locked.
    expect((await chair.post(`/threads/${thread.id}/lock`)).status()).toBe(200);
    await openThread(page, thread.id, title);
    await expect(page.getByText('This thread is locked')).toBeVisible();
    await expectNoAxeViolations(page);

    // The author's own view: edit and remove controls, the mention notification for the chair.
    await openThread(delegatePage, thread.id, title);
    await expectNoAxeViolations(delegatePage);

    await open(page, '/notifications', 'Notifications');
    await expect(page.getByRole('link', { name: /mentioned you/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await open(page, '/notifications?unread=true', 'Notifications');
    await expectNoAxeViolations(page);
    await open(page, '/profile/notifications', 'Notification settings');
    await expectNoAxeViolations(page);

    // An observer's view of the thread: no composer, a note why.
    await page.context().clearCookies();
    await signInByApi(page, OBSERVER);
    await openThread(page, thread.id, title);
    await expectNoAxeViolations(page);
    await delegateContext.close();
  });
});
