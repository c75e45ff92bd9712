import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/discussions';
import { expect, test } from './support/fixtures';
import { chairApi } from './support/meetings';
import { CHAIR, delegate, signInByApi } from './support/session';

/** Unique per run, so that the demo data and earlier runs never hold a meeting of that name. */
const RUN = Date.now().toString(36).toUpperCase();
const DAY = 24 * 60 * 60 * 1000;

const announcements = (page: Page) => page.getByTestId('announcements');
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

interface Meeting {
  id: string;
  title: string;
}

/** A meeting a week or more from now, an hour long (10:00–11:00 in Tallinn in winter). */
async function scheduleMeeting(title: string, daysAhead: number): Promise<Meeting> {
  const { api, headers } = await chairApi();
  const day = new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10);
  const response = await api.post('/api/v1/meetings', {
    data: {
      title,
      startsAt: `${day}T08:00:00.000Z`,
      endsAt: `${day}T09:00:00.000Z`,
      timeZone: 'Europe/Tallinn',
      place: 'Ministry of Social Affairs, Tallinn',
      onlineUrl: 'https://meet.example.org/egcc',
    },
    headers: { ...headers, 'idempotency-key': randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
  const meeting = (await response.json()) as Meeting;
  await api.dispose();
  return meeting;
}

/** Adds an item and publishes the agenda through the API (as the chair). */
async function addItemAndPublish(meetingId: string, itemTitle: string): Promise<void> {
  const { api, headers } = await chairApi();
  const item = await api.post(`/api/v1/meetings/${meetingId}/agenda-items`, {
    data: { title: itemTitle, kind: 'INFORMATION', durationMinutes: 10 },
    headers,
  });
  expect(item.status(), await item.text()).toBe(201);
  const publish = await api.post(`/api/v1/meetings/${meetingId}/agenda/publish`, {
    data: { note: '' },
    headers,
  });
  expect(publish.status(), await publish.text()).toBe(201);
  await api.dispose();
}

async function openMeeting(page: Page, meeting: Meeting) {
  await page.goto(`/meetings/${meeting.id}`);
  await expect(heading(page, meeting.title)).toBeVisible({ timeout: 20_000 });
}

test.describe('meetings', () => {
  test('a chair builds an agenda with the keyboard alone: adds items, reorders them, sees the time plan and the overrun, and publishes it', async ({
    page,
  }) => {
    const meeting = await scheduleMeeting(`Keyboard meeting ${RUN}`, 10);
    await signInByApi(page, CHAIR);
    await openMeeting(page, meeting);

    const addForm = page.getByRole('region', { name: 'Add an item' });
    const title = addForm.getByLabel('Title');
    const duration = addForm.getByLabel('Duration in minutes');
    const items: [string, string][] = [
      ['Welcome and adoption of the agenda', '10'],
      ['National developments', '45'],
      ['Closing of the meeting', '10'],
    ];
    await tabTo(page, title, 200);
    for (const [itemTitle, minutes] of items) {
      await expect(title).toBeFocused();
      await page.keyboard.type(itemTitle);
      await tabTo(page, duration);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(minutes);
      await tabTo(page, addForm.getByRole('button', { name: 'Add the item' }), 40);
      await page.keyboard.press('Enter');
      await expect(announcements(page)).toContainText(`“${itemTitle}” added as item`);
      // A fresh form, with focus back in its title for the next item.
      await expect(title).toBeFocused();
      await expect(title).toHaveValue('');
    }

    const list = page.getByRole('list', { name: 'Agenda items' });
    const last = list.getByRole('listitem').filter({ hasText: 'Closing of the meeting' });
    await expect(last).toBeVisible();
    // 65 minutes or more (an open action item may add its follow-up first) in an hour's meeting.
    const overrun = page.getByRole('status').filter({ hasText: 'The agenda overruns the meeting by' });
    await expect(overrun).toBeVisible();

    // Shift+Tab back up to the closing item's "Move up", and move it up twice.
    const moveUp = page.getByRole('button', { name: 'Move up: Closing of the meeting' });
    for (let presses = 0; presses < 200; presses++) {
      if (await moveUp.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Shift+Tab');
    }
    await expect(moveUp).toBeFocused();
    // The agenda's own items (the follow-up item holds a list of its own).
    const count = await list.locator(':scope > li').count();
    await page.keyboard.press('Enter');
    await expect(announcements(page)).toHaveText(
      `“Closing of the meeting” moved to position ${count - 1} of ${count}.`,
    );
    await expect(moveUp).toBeFocused();
    await page.keyboard.press('Space');
    await expect(announcements(page)).toHaveText(
      `“Closing of the meeting” moved to position ${count - 2} of ${count}.`,
    );
    const titles = await list.locator('.agenda-item__title').allTextContents();
    expect(titles.slice(-3).map((text) => text.replace(/^\d+\.\s*/, ''))).toEqual([
      'Closing of the meeting',
      'Welcome and adoption of the agenda',
      'National developments',
    ]);
    // The time plan follows the order: in Tallinn time, the meeting starts at 10:00.
    await expect(page.getByText(/Times in Tallinn time \(EET\)/)).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: 'National developments' })).toContainText(
      /\d\d:\d\d–11:\d\d/,
    );

    // Publish with the keyboard.
    const publish = page.getByRole('button', { name: 'Publish agenda' });
    await tabTo(page, publish, 80);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Version 1 of the agenda is published. Members are told.')).toBeVisible();
    await expect(page.getByText('Version 1 is published and up to date.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0);

    const versions = page.getByRole('link', { name: 'See the versions' });
    await tabTo(page, versions, 40);
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Agenda versions')).toBeFocused();
    await expectNoAxeViolations(page);
    await expect(page.getByRole('heading', { name: 'Version 1 as published' })).toBeVisible();
  });

  test('a delegate answers whether they attend and downloads the meeting for their calendar', async ({
    page,
  }) => {
    const meeting = await scheduleMeeting(`Attendance meeting ${RUN}`, 12);
    await addItemAndPublish(meeting.id, 'Opening');
    await signInByApi(page, delegate('ee'));
    await page.goto('/meetings');
    await expect(heading(page, 'Meetings')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: meeting.title }).click();
    await expect(heading(page, meeting.title)).toBeVisible();

    const answer = page.getByRole('group', { name: 'Will you attend?' });
    await answer.getByRole('radio', { name: 'Attending online' }).check();
    await page.getByLabel(/^Comment/).fill('Joining from Tallinn');
    await page.getByRole('button', { name: 'Save my answer' }).click();
    await expect(page.getByText('Your answer is saved: Attending online.')).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Will you attend?' }).getByRole('radio', { name: 'Attending online' }),
    ).toBeChecked();
    await page.goto('/meetings');
    await expect(page.getByRole('listitem').filter({ hasText: meeting.title })).toContainText(
      'Your answer: Attending online',
    );

    await openMeeting(page, meeting);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Add to calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const path = await download.path();
    const ics = (await readFile(path, 'utf8')).replace(/\r?\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain(`SUMMARY:${meeting.title}`);
    expect(ics).toContain('END:VCALENDAR');
  });

  test('a chair reorders the agenda by dragging an item by its handle', async ({ page }) => {
    const meeting = await scheduleMeeting(`Dragging meeting ${RUN}`, 16);
    const { api, headers } = await chairApi();
    for (const title of ['First topic', 'Second topic']) {
      const response = await api.post(`/api/v1/meetings/${meeting.id}/agenda-items`, {
        data: { title, kind: 'DISCUSSION', durationMinutes: 20 },
        headers,
      });
      expect(response.status(), await response.text()).toBe(201);
    }
    await api.dispose();
    await signInByApi(page, CHAIR);
    await openMeeting(page, meeting);

    const list = page.getByRole('list', { name: 'Agenda items' });
    const first = list.locator(':scope > li').filter({ hasText: 'First topic' });
    const second = list.locator(':scope > li').filter({ hasText: 'Second topic' });
    await second.scrollIntoViewIfNeeded();
    await first.scrollIntoViewIfNeeded();
    const handle = await second.locator('.agenda-item__handle').boundingBox();
    const target = await first.boundingBox();
    if (!handle || !target) throw new Error('the items are not on screen');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, target.y + 5, { steps: 15 });
    await page.mouse.up();

    await expect(announcements(page)).toContainText('“Second topic” moved to position');
    const titles = (await list.locator(':scope > li .agenda-item__title').allTextContents()).map((text) =>
      text.replace(/^\d+\.\s*/, ''),
    );
    expect(titles.indexOf('Second topic')).toBeLessThan(titles.indexOf('First topic'));
    // Saved: the order holds after a reload.
    await page.reload();
    await expect(heading(page, meeting.title)).toBeVisible();
    const reloaded = (await list.locator(':scope > li .agenda-item__title').allTextContents()).map((text) =>
      text.replace(/^\d+\.\s*/, ''),
    );
    expect(reloaded.indexOf('Second topic')).toBeLessThan(reloaded.indexOf('First topic'));
  });

  test('axe-core finds no violations on the meetings list, the meeting forms, a meeting page with the agenda builder, and the agenda versions', async ({
    page,
    browser,
  }) => {
    const meeting = await scheduleMeeting(`Accessible meeting ${RUN}`, 14);
    await addItemAndPublish(meeting.id, 'Opening');
    await addItemAndPublish(meeting.id, 'Thematic session');
    await signInByApi(page, CHAIR);

    await page.goto('/meetings');
    await expect(page.getByRole('list', { name: 'Upcoming meetings' })).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Past' }).click();
    await expect(page.getByRole('link', { name: 'Past' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);

    // The scheduling form, and the edit form with its cancellation.
    await page.goto('/meetings/new');
    await expect(heading(page, 'Schedule a meeting')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/meetings/${meeting.id}/edit`);
    await expect(heading(page, 'Edit the meeting')).toBeVisible();
    await expectNoAxeViolations(page);

    // The meeting page with the builder, then with an item being edited and the overrun warning.
    await openMeeting(page, meeting);
    await expect(page.getByRole('region', { name: 'Add an item' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit: Thematic session' }).click();
    await page.getByRole('textbox', { name: 'Duration in minutes' }).first().fill('90');
    await page.getByRole('button', { name: 'Save the item' }).click();
    await expect(page.getByText(/The agenda overruns the meeting by/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish changes as version 3' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The versions, one as published, and what changed between two.
    await page.goto(`/meetings/${meeting.id}/agenda/history`);
    await expect(heading(page, 'Agenda versions')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Version 1 compared with version 2' })).toBeVisible();
    await expect(page.getByText(/Thematic session — Added as item/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Version 1 as published' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A member without the builder reads the agenda and its time plan.
    const context = await browser.newContext();
    const member = await context.newPage();
    await signInByApi(member, delegate('ee'));
    await openMeeting(member, meeting);
    await expect(member.getByRole('list', { name: 'Agenda items' })).toBeVisible();
    await expect(member.getByRole('region', { name: 'Add an item' })).toHaveCount(0);
    await expectNoAxeViolations(member);
    await context.close();
  });
});
