import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL, DEMO_PASSWORD } from './support/demo';
import { expect, test } from './support/fixtures';
import { ADMIN, CHAIR, delegate, signInByApi } from './support/session';

/*
 * Two members of Finland's delegation edit the same draft at once: the chair (also a delegate of
 * Finland) and Finland's delegate. No browser test changes either one's password.
 */
const RUN = Date.now().toString(36).toUpperCase();
const PERIOD = { code: `CE-${RUN}`, label: `Concurrent period ${RUN}` };
const FINLAND = delegate('fi');

const FIRST_SUMMARY = 'Finland reformed its child welfare services.';
const FIRST_NEXT_STEPS = 'A review of the reform.';
const THEIR_SUMMARY = 'Finland reformed its child welfare services, and counties now run them.';
const MY_NEXT_STEPS = 'A review of the reform in 2019, and a new law on foster care.';

/** An API client signed in as `email`, sending the CSRF token and an idempotency key on writes. */
async function apiAs(email: string) {
  const api = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { origin: BASE_URL },
  });
  const signIn = await api.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signIn.status(), `signing in ${email}`).toBe(200);
  const { csrfToken } = (await (await api.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const post = (client: APIRequestContext, path: string, data: unknown) =>
    client.post(path, { data, headers: { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() } });
  return { api, post: (path: string, data: unknown) => post(api, path, data) };
}

let reportPath = '';

/** The secretariat adds a period of the test's own; Finland's delegate starts a draft for it. */
test.beforeAll(async () => {
  const admin = await apiAs(ADMIN);
  const period = await admin.post('/api/v1/reporting-periods', {
    ...PERIOD,
    startsOn: '2017-07-01',
    endsOn: '2017-12-31',
    dueOn: null,
  });
  expect(period.status(), await period.text()).toBe(201);
  const { id: periodId } = (await period.json()) as { id: string };
  await admin.api.dispose();

  const finland = await apiAs(FINLAND);
  const report = await finland.post('/api/v1/reports', {
    periodId,
    summary: FIRST_SUMMARY,
    nextSteps: FIRST_NEXT_STEPS,
  });
  expect(report.status(), await report.text()).toBe(201);
  const created = (await report.json()) as { id: string; version: number };
  expect(created.version).toBe(1);
  reportPath = `/reports/${created.id}`;
  await finland.api.dispose();
});

const editorHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Edit the report' });
const summary = (page: Page) => page.getByRole('textbox', { name: /^Summary/ });
const nextSteps = (page: Page) => page.getByRole('textbox', { name: /^Next steps/ });
const goodPractices = (page: Page) => page.getByRole('textbox', { name: /^Good practices/ });
const editorState = (page: Page) => page.locator('.report-editor__state');

test.describe('two members editing the same draft', () => {
  test('the later save is not lost and does not overwrite: the member merges section by section, with the keyboard, and the report keeps both changes', async ({
    page,
    browser,
  }) => {
    test.slow();
    // A: Finland's delegate, in the test's own browser.
    await signInByApi(page, FINLAND);
    await page.goto(`${reportPath}/edit`);
    await expect(editorHeading(page)).toBeVisible({ timeout: 20_000 });
    await expect(summary(page)).toHaveValue(FIRST_SUMMARY);

    // B: the chair, for their own delegation, in a browser of their own.
    const chairContext = await browser.newContext();
    const chair = await chairContext.newPage();
    const chairErrors: string[] = [];
    chair.on('pageerror', (error) => chairErrors.push(error.message));
    await signInByApi(chair, CHAIR);
    await chair.goto(`${reportPath}/edit`);
    await expect(editorHeading(chair)).toBeVisible({ timeout: 20_000 });
    await expect(editorState(chair)).toHaveText('No changes since version 1.');

    // A saves a new summary.
    await summary(page).fill(THEIR_SUMMARY);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editorState(page)).toHaveText('Saved (version 2).');

    // B, still on version 1, changes the next steps and saves.
    await nextSteps(chair).fill(MY_NEXT_STEPS);
    await expect(editorState(chair)).toHaveText('Unsaved changes (based on version 1).');
    await chair.getByRole('button', { name: 'Save', exact: true }).click();

    const dialog = chair.getByRole('dialog', { name: /^Someone saved a newer version \(v2 by .+\)$/ });
    await expect(dialog).toBeVisible();
    // Focus starts on the safe choice; nothing is saved yet.
    const cancel = dialog.getByRole('button', { name: 'Cancel, keep editing' });
    await expect(cancel).toBeFocused();
    await expect(dialog).toContainText('You started from version 1; your changes are not saved yet.');
    await expect(dialog).toContainText('The same in both: Title, Measures, Good practices, Gaps.');
    // One choice per section that differs, suggested: theirs where only they changed it, mine where I did.
    const summaryChoice = dialog.getByRole('group', { name: 'Summary' });
    const nextStepsChoice = dialog.getByRole('group', { name: 'Next steps' });
    await expect(dialog.getByRole('group')).toHaveCount(2);
    await expect(summaryChoice).toHaveAccessibleDescription(
      'The newer version changed this section; you did not.',
    );
    await expect(nextStepsChoice).toHaveAccessibleDescription(
      'You changed this section; the newer version did not.',
    );
    await expect(summaryChoice.getByRole('radio', { name: 'Keep theirs (version 2)' })).toBeChecked();
    await expect(nextStepsChoice.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await expectNoAxeViolations(chair);

    // The keyboard alone: back from "Cancel" to the save button and to the last choice, arrows
    // change it and change it back, Tab and Enter save the merged report.
    const saveMerged = dialog.getByRole('button', { name: 'Save the merged report' });
    await chair.keyboard.press('Shift+Tab');
    await expect(saveMerged).toBeFocused();
    await chair.keyboard.press('Shift+Tab');
    const keepMine = nextStepsChoice.getByRole('radio', { name: 'Keep mine' });
    const keepTheirs = nextStepsChoice.getByRole('radio', { name: 'Keep theirs (version 2)' });
    await expect(keepMine).toBeFocused();
    await chair.keyboard.press('ArrowLeft');
    await expect(keepTheirs).toBeChecked();
    await expect(keepTheirs).toBeFocused();
    await chair.keyboard.press('ArrowRight');
    await expect(keepMine).toBeChecked();
    await chair.keyboard.press('Tab');
    await expect(saveMerged).toBeFocused();
    await chair.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    // Focus is back where the member was: on the form's save button.
    await expect(chair.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
    await expect(editorState(chair)).toHaveText('Saved (version 3).');
    await expect(chair.getByTestId('announcements')).toHaveText('Saved (version 3).');
    // The editor now holds both changes.
    await expect(summary(chair)).toHaveValue(THEIR_SUMMARY);
    await expect(nextSteps(chair)).toHaveValue(MY_NEXT_STEPS);

    // A reads the report: both changes are in it, and the history has the three versions.
    await page.goto(reportPath);
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText(THEIR_SUMMARY);
    await expect(page.getByRole('region', { name: 'Next steps' })).toContainText(MY_NEXT_STEPS);
    await page.goto(`${reportPath}/history`);
    const versions = page.getByRole('table');
    await expect(versions.getByRole('row', { name: /^3 Saved/ })).toBeVisible();
    await expect(versions.getByRole('row', { name: /^2 Saved/ })).toBeVisible();

    // B starts another change and leaves the editor: asked first, Escape stays, the change kept.
    await goodPractices(chair).fill('Family centres in every county.');
    await expect(editorState(chair)).toHaveText('Unsaved changes (based on version 3).');
    const back = chair.getByRole('link', { name: 'Back to the report' });
    await back.focus();
    await chair.keyboard.press('Enter');
    const leaving = chair.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leaving).toContainText('Your changes since version 3 are not saved.');
    await expect(leaving.getByRole('button', { name: 'Stay and keep editing' })).toBeFocused();
    await expectNoAxeViolations(chair);
    await chair.keyboard.press('Escape');
    await expect(leaving).toBeHidden();
    await expect(editorHeading(chair)).toBeVisible();
    await expect(back).toBeFocused();
    await expect(goodPractices(chair)).toHaveValue('Family centres in every county.');

    // Asked again, B leaves and loses the change.
    await chair.keyboard.press('Enter');
    await expect(leaving.getByRole('button', { name: 'Stay and keep editing' })).toBeFocused();
    await chair.keyboard.press('Shift+Tab');
    await expect(leaving.getByRole('button', { name: 'Leave and lose the changes' })).toBeFocused();
    await chair.keyboard.press('Enter');
    await expect(chair.getByRole('heading', { level: 1, name: /^Finland: national report/ })).toBeVisible();
    await expect(chair.getByRole('region', { name: 'Next steps' })).toContainText(MY_NEXT_STEPS);
    await expect(chair.getByText('Family centres in every county.')).toHaveCount(0);

    // Without changes, leaving asks nothing.
    await chair.goto(`${reportPath}/edit`);
    await expect(editorHeading(chair)).toBeVisible();
    await chair.getByRole('link', { name: 'Back to the report' }).click();
    await expect(chair.getByRole('heading', { level: 1, name: /^Finland: national report/ })).toBeVisible();
    await expect(chair.getByRole('dialog')).toHaveCount(0);

    await chairContext.close();
    expect(chairErrors).toEqual([]);
  });
});
