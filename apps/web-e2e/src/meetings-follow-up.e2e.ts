import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chairApi } from './support/meetings';
import { CHAIR, delegate, signInByApi } from './support/session';

/** Unique per run, so that the demo data and earlier runs never hold a meeting of that name. */
const RUN = Date.now().toString(36).toUpperCase();
const DAY = 24 * 60 * 60 * 1000;

/** A meeting `days` from now (negative: already held), 09:00–12:00 in Vilnius in winter. */
async function schedule(
  api: APIRequestContext,
  headers: Record<string, string>,
  title: string,
  days: number,
): Promise<{ id: string; title: string }> {
  const day = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const response = await api.post('/api/v1/meetings', {
    data: {
      title,
      startsAt: `${day}T07:00:00.000Z`,
      endsAt: `${day}T10:00:00.000Z`,
      timeZone: 'Europe/Vilnius',
      place: 'Vilnius, Ministry of Social Security and Labour',
    },
    headers: { ...headers, 'idempotency-key': randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; title: string };
}

test.describe('minutes and action items', () => {
  test('the chair records minutes and an action item at a meeting, and the action item is on the next meeting’s agenda', async ({
    page,
  }) => {
    const { api, headers } = await chairApi();
    const held = await schedule(api, headers, `Held meeting ${RUN}`, -2);
    for (const title of ['Opening of the meeting', 'Guardianship for migrant children']) {
      const item = await api.post(`/api/v1/meetings/${held.id}/agenda-items`, {
        data: { title, kind: 'DISCUSSION', durationMinutes: 30 },
        headers,
      });
      expect(item.status(), await item.text()).toBe(201);
    }
    const next = await schedule(api, headers, `Next meeting ${RUN}`, 45);
    await api.dispose();

    await signInByApi(page, CHAIR);
    await page.goto(`/meetings/${held.id}`);
    await expect(page.getByRole('heading', { level: 1, name: held.title })).toBeVisible({ timeout: 20_000 });

    // The minutes, per agenda item.
    const minutes = page.getByRole('region', { name: 'Minutes' });
    await minutes.getByLabel('General part').fill('Present: eight delegations and the secretariat.');
    // The agenda may open with the follow-up of the demo's open action items: find the item by its title.
    await minutes
      .getByLabel(/^\d+\. Guardianship for migrant children/)
      .fill('Sweden presented waiting times for guardians. **The Group asked for a comparative study.**');
    await minutes.getByRole('button', { name: 'Save the minutes' }).click();
    await expect(minutes.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
    await expect(minutes.getByText(/Draft, version 1/)).toBeVisible();

    // An action item against the second agenda item, owned by Sweden.
    const actions = page.getByRole('region', { name: 'Decisions and action items' });
    await actions.getByRole('button', { name: 'Record an action item' }).click();
    const actionTitle = `Draft terms of reference for the guardianship study ${RUN}`;
    await actions.getByLabel('Action').fill(actionTitle);
    const itemField = actions.getByLabel('Agenda item');
    const option = await itemField
      .locator('option', { hasText: 'Guardianship for migrant children' })
      .textContent();
    await itemField.selectOption({ label: option ?? '' });
    await actions.getByLabel('Owning delegation').selectOption({ label: 'Sweden' });
    const due = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    await actions.getByLabel('Due date').fill(due);
    await actions.getByRole('button', { name: 'Record the action item' }).click();
    await expect(actions.getByText(`The action item “${actionTitle}” is recorded.`)).toBeVisible();
    await expect(actions.getByRole('link', { name: actionTitle })).toBeVisible();
    await expectNoAxeViolations(page);

    // The next meeting's draft agenda opens with the follow-up, listing the new action item.
    await page.goto(`/meetings/${next.id}`);
    await expect(page.getByRole('heading', { level: 1, name: next.title })).toBeVisible({ timeout: 20_000 });
    const agenda = page.getByRole('list', { name: 'Agenda items' });
    const followUp = agenda.getByRole('listitem').filter({ hasText: 'Follow-up of action items' }).first();
    await expect(followUp).toBeVisible();
    await expect(followUp.getByRole('link', { name: actionTitle })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the owning delegation reports progress on its action item, and the overview counts it', async ({
    page,
  }) => {
    const { api, headers } = await chairApi();
    const held = await schedule(api, headers, `Progress meeting ${RUN}`, -3);
    const title = `Nominate experts for the workshop ${RUN}`;
    const delegations = (await (await api.get('/api/v1/delegations')).json()) as {
      code: string;
      id: string;
    }[];
    const estonia = delegations.find((d) => d.code === 'ee');
    expect(estonia).toBeDefined();
    const created = await api.post(`/api/v1/meetings/${held.id}/action-items`, {
      data: {
        title,
        ownerDelegationId: estonia?.id,
        dueOn: new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10),
      },
      headers,
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await api.dispose();

    await signInByApi(page, delegate('ee'));
    await page.goto(`/action-items/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page);
    const progress = page.getByRole('region', { name: 'Report progress' });
    await progress.getByLabel('Status').selectOption({ label: 'In progress' });
    await progress.getByLabel('Note').fill('Two experts are nominated; a third follows next week.');
    await progress.getByRole('button', { name: 'Save progress' }).click();
    await expect(progress.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
      'Saved: the action item is now in progress.',
    );
    const history = page.getByRole('region', { name: 'Progress', exact: true });
    await expect(history).toContainText('Two experts are nominated; a third follows next week.');

    await page.goto('/action-items');
    await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible({
      timeout: 20_000,
    });
    const overview = page.getByRole('region', { name: 'Open items by delegation' });
    await expect(overview.getByRole('row').filter({ hasText: 'Estonia' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
