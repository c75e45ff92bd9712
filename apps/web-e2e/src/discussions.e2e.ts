import { type Page } from '@playwright/test';
import { discussionsApi, openThread, tabTo, uniqueTitle } from './support/discussions';
import { expect, test } from './support/fixtures';
import { HOME_HEADING } from './support/pages';
import { CHAIR, delegate, OBSERVER, signInByApi } from './support/session';

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const announcements = (page: Page) => page.getByTestId('announcements');
const postWith = (page: Page, text: string) => page.locator('article.post').filter({ hasText: text });

/** Uncaught errors of a second browser context (the fixture watches the first). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test.describe('discussions', () => {
  test('a reply arrives live; the member it mentions sees the badge and the notification without reloading', async ({
    page,
    browser,
  }) => {
    test.slow();
    const title = uniqueTitle('Respite care for foster families');
    await signInByApi(page, delegate('dk'));

    // Mette opens a thread with the form.
    await page.goto('/discussions');
    await page.getByRole('link', { name: 'New thread' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New thread' })).toBeFocused();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('checkbox', { name: 'Children in alternative care' }).check();
    await page.getByRole('checkbox', { name: 'Capacity' }).check();
    await page
      .getByRole('textbox', { name: 'First post', exact: true })
      .fill('Foster families ask for respite care. Who offers it, and how?');
    await page.getByRole('button', { name: 'Open the thread' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Your thread is open.')).toBeVisible();
    const threadPath = new URL(page.url()).pathname;
    expect(threadPath).toMatch(/^\/discussions\/[0-9a-f-]{36}$/);
    // Marks this document: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    // Kadri has the thread open in a browser of her own.
    const kadriContext = await browser.newContext();
    const kadri = await kadriContext.newPage();
    const kadriErrors = watchErrors(kadri);
    await signInByApi(kadri, delegate('ee'));
    await kadri.goto(threadPath);
    await expect(kadri.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(kadri.getByRole('textbox', { name: 'Your reply', exact: true })).toBeVisible();

    // Mette adds a post; it appears at once for her, and live for Kadri, who hears of it.
    await page
      .getByRole('textbox', { name: 'Your reply', exact: true })
      .fill('We have a waiting list of 40 families.');
    await page.getByRole('button', { name: 'Post the reply' }).click();
    await expect(postWith(page, 'waiting list of 40 families')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your reply', exact: true })).toHaveValue('');
    await expect(postWith(kadri, 'waiting list of 40 families')).toBeVisible();
    await expect(announcements(kadri)).toHaveText('1 new reply from Mette Nielsen');

    // Mette goes on elsewhere in the portal.
    await mainNavigation(page).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: 'Discussions', exact: true })).toBeVisible();

    // Kadri replies and mentions Mette, picked from the completion list.
    const composer = kadri.getByRole('textbox', { name: 'Your reply', exact: true });
    await composer.click();
    await composer.pressSequentially('Thank you @delegate.dk');
    const option = kadri.getByRole('option', { name: /Mette Nielsen/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await kadri.keyboard.press('Enter');
    await composer.pressSequentially('how long do families wait?');
    await expect(composer).toHaveValue('Thank you @delegate.dk how long do families wait?');
    await kadri.getByRole('button', { name: 'Post the reply' }).click();
    await expect(postWith(kadri, 'how long do families wait?')).toBeVisible();

    // Mette is told, live: the Discussions badge, the bell, and a polite announcement.
    await expect(
      mainNavigation(page).getByRole('link', { name: 'Discussions, 1 followed thread with new posts' }),
    ).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();
    await expect(announcements(page)).toContainText('New notification: Kadri Tamm mentioned you in');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);

    // The notification leads to the reply, which then counts as read.
    await mainNavigation(page)
      .getByRole('link', { name: /^Notifications/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Kadri Tamm mentioned you' })
      .getByRole('link', { name: /Kadri Tamm mentioned you/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('#post-3')).toBeFocused();
    await expect(page.locator('#post-3')).toContainText('how long do families wait?');
    await expect(mainNavigation(page).getByRole('link', { name: 'Discussions', exact: true })).toBeVisible();
    await expect(
      mainNavigation(page).getByRole('link', { name: 'Notifications', exact: true }),
    ).toBeVisible();

    expect(kadriErrors).toEqual([]);
    await kadriContext.close();
  });

  test('an observer reads a thread but has no composer, and the API refuses their reply', async ({
    page,
  }) => {
    const title = uniqueTitle('Child-friendly hearings in asylum cases');
    await signInByApi(page, delegate('fi'));
    const thread = await (
      await discussionsApi(page)
    ).createThread({ title, body: 'How do your courts hear children?', focusAreas: ['MIGRANT_CHILDREN'] });

    await page.context().clearCookies();
    await signInByApi(page, OBSERVER);
    await page.goto('/discussions');
    await expect(page.getByRole('heading', { level: 1, name: 'Discussions' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New thread' })).toHaveCount(0);

    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(page.getByText('How do your courts hear children?')).toBeVisible();
    await expect(page.getByText('You are reading as an observer')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your reply', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Reply/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Quote/ })).toHaveCount(0);

    const api = await discussionsApi(page);
    const refused = await page.request.post(`/api/v1/threads/${thread.id}/posts`, {
      data: { body: 'An observer would like to add something.' },
      headers: api.headers,
    });
    expect(refused.status()).toBe(403);
    const opened = await page.request.post('/api/v1/threads', {
      data: { title: 'An observer thread', body: 'Not allowed.' },
      headers: api.headers,
    });
    expect(opened.status()).toBe(403);
  });

  test('keyboard only: open a thread with tags and an @mention chosen from the completion list', async ({
    page,
    browser,
  }) => {
    test.slow();
    const title = uniqueTitle('Training for guardians of unaccompanied children');
    await signInByApi(page, delegate('se'));
    await page.goto('/discussions');
    await expect(page.getByRole('heading', { level: 1, name: 'Discussions' })).toBeVisible();

    await tabTo(page, page.getByRole('link', { name: 'New thread' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'New thread' })).toBeFocused();

    await tabTo(page, page.getByLabel('Title'));
    await page.keyboard.type(title);
    for (const tag of [
      'Migrant children and child victims of trafficking',
      'Expertise',
      'Sweden',
      'Finland',
    ]) {
      await tabTo(page, page.getByRole('checkbox', { name: tag }));
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: tag })).toBeChecked();
    }

    const body = page.getByRole('textbox', { name: 'First post', exact: true });
    await tabTo(page, body);
    await page.keyboard.type('Guardians need training in child-friendly interviews. ');
    // Escape closes the list; the text stays as typed.
    await page.keyboard.type('@del');
    const list = page.getByRole('listbox', { name: 'Members to mention' });
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    for (let index = 0; index < 4; index++) await page.keyboard.press('Backspace');

    // Up and Down move through the members, Enter inserts the one chosen.
    await page.keyboard.type('What do you think, @delegate.');
    await expect(list).toBeVisible();
    const editorStatus = page.locator('.markdown-editor p[role="status"]');
    await expect(editorStatus).toHaveText(/members match\. Up and Down arrows to choose/);
    const kadri = page.getByRole('option', { name: /Kadri Tamm/ });
    for (let presses = 0; presses < 12; presses++) {
      if ((await kadri.getAttribute('aria-selected')) === 'true') break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(kadri).toHaveAttribute('aria-selected', 'true');
    await expect(body).toHaveAttribute('aria-activedescendant', (await kadri.getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(list).toBeHidden();
    await expect(editorStatus).toHaveText('Mentioned Kadri Tamm (@delegate.ee).');
    await page.keyboard.type('is that the case in Estonia?');
    await expect(body).toHaveValue(
      'Guardians need training in child-friendly interviews. What do you think, @delegate.ee is that the case in Estonia?',
    );

    // The preview shows the mention, still without leaving the keyboard.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Preview' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Preview of first post' }).locator('.mention')).toHaveText(
      '@delegate.ee',
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(body).toBeFocused();

    await tabTo(page, page.getByRole('button', { name: 'Open the thread' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const tags = page.getByRole('list', { name: 'Tags' });
    await expect(tags.getByRole('link')).toHaveText([
      'Focus area: Migrant children and child victims of trafficking',
      'Gap: Expertise gap',
      'Delegation: Finland',
      'Delegation: Sweden',
    ]);
    await expect(page.locator('#post-1 .mention')).toHaveText('@delegate.ee');

    // Kadri is told she was mentioned.
    const kadriContext = await browser.newContext();
    const kadriPage = await kadriContext.newPage();
    await signInByApi(kadriPage, delegate('ee'));
    const notifications = (await (await kadriPage.request.get('/api/v1/notifications')).json()) as {
      items: { kind: string; title: string }[];
    };
    expect(notifications.items).toContainEqual(
      expect.objectContaining({ kind: 'MENTION', title: `Erik Lindqvist mentioned you in “${title}”` }),
    );
    await kadriContext.close();
  });

  test('moderation: the chair pins and locks a thread and hides a post; the author sees why', async ({
    page,
    browser,
  }) => {
    test.slow();
    const title = uniqueTitle('Waiting times for child psychiatry');
    const authorContext = await browser.newContext();
    const author = await authorContext.newPage();
    const authorErrors = watchErrors(author);
    await signInByApi(author, delegate('lv'));
    const api = await discussionsApi(author);
    const thread = await api.createThread({
      title,
      body: 'Our waiting times are six months.',
      gapKinds: ['CAPACITY'],
    });
    await api.reply(thread.id, 'The name of the child in question is in this post.');

    await signInByApi(page, CHAIR);
    await openThread(page, thread.id, title);
    await page.getByText('Moderate this thread').click();
    await page.getByRole('button', { name: 'Pin the thread' }).click();
    await expect(page.locator('.thread__markers').getByText('Pinned')).toBeVisible();
    await expect(announcements(page)).toHaveText('The thread is pinned: it heads the list.');
    await page.getByRole('button', { name: 'Lock the thread' }).click();
    await expect(page.getByText('This thread is locked')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your reply', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Unlock the thread' })).toBeVisible();

    await page.getByRole('button', { name: 'Hide post 2 by Ilze Bērziņa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hide post 2 by Ilze Bērziņa?' });
    await dialog.getByRole('button', { name: 'Hide the post' }).click();
    await expect(dialog.getByText('Give a reason of at least 3 characters')).toBeVisible();
    await dialog.getByLabel('Reason').fill('It names a child; please write it without the name.');
    await dialog.getByRole('button', { name: 'Hide the post' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('#post-2')).toContainText(
      'This post was hidden by the moderators. Reason: It names a child; please write it without the name.',
    );
    await expect(page.locator('#post-2')).not.toContainText('The name of the child');
    await expect(page.getByRole('button', { name: 'Show again post 2' })).toBeVisible();

    // The list shows the thread on top, pinned and locked.
    await page.goto('/discussions');
    const first = page.getByRole('list', { name: 'Threads' }).getByRole('listitem').first();
    await expect(first.getByRole('heading', { name: title })).toBeVisible();
    await expect(first).toContainText('Pinned');
    await expect(first).toContainText('Locked');

    // The author is told, and sees the reason in place of the post.
    await author.goto('/');
    await expect(mainNavigation(author).getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();
    await mainNavigation(author)
      .getByRole('link', { name: /^Notifications/ })
      .click();
    const notice = author.getByRole('listitem').filter({ hasText: `Your post in “${title}” was hidden` });
    await expect(notice).toContainText('Reason: It names a child; please write it without the name.');
    await notice.getByRole('link').click();
    await expect(author.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(author.locator('#post-2')).toBeFocused();
    await expect(author.locator('#post-2')).toContainText('Reason: It names a child');
    await expect(author.getByText('This thread is locked')).toBeVisible();
    await expect(author.getByRole('textbox', { name: 'Your reply', exact: true })).toHaveCount(0);
    await expect(author.getByRole('button', { name: /^Hide/ })).toHaveCount(0);

    expect(authorErrors).toEqual([]);
    await authorContext.close();
  });
});
