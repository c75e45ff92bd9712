import { randomUUID } from 'node:crypto';
import { type Browser, type Page, request as playwrightRequest } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL, DEMO_PASSWORD } from './support/demo';
import { tabTo } from './support/discussions';
import { expect, test } from './support/fixtures';
import { ADMIN, CHAIR, delegate, OBSERVER, signInByApi } from './support/session';

/** Unique per run, so that the demo data and earlier runs never hold a report for the period. */
const RUN = Date.now().toString(36).toUpperCase();
const PERIOD = { code: `WF-${RUN}`, label: `Workflow period ${RUN}` };
const TITLE = `Lithuania: national report, ${PERIOD.label}`;
// A delegate whose password no other browser test changes.
const LITHUANIA = delegate('lt');

/** The secretariat adds a reporting period of the test's own through the API. */
test.beforeAll(async () => {
  const api = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { origin: BASE_URL },
  });
  const signIn = await api.post('/api/v1/auth/sign-in', { data: { email: ADMIN, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const { csrfToken } = (await (await api.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const period = await api.post('/api/v1/reporting-periods', {
    data: { ...PERIOD, startsOn: '2018-07-01', endsOn: '2018-12-31', dueOn: null },
    headers: { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() },
  });
  expect(period.status(), await period.text()).toBe(201);
  await api.dispose();
});

const announcements = (page: Page) => page.getByTestId('announcements');
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Uncaught errors in the pages of the other members' browsers (the fixture watches the first). */
const otherErrors: string[] = [];

async function asMember(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => otherErrors.push(`${email}: ${error.message}`));
  await signInByApi(page, email);
  return page;
}

/** Opens a page of the report in a browser that has not loaded the SPA yet (slow on a busy machine). */
async function open(page: Page, path: string, title: string | RegExp) {
  await page.goto(path);
  await expect(heading(page, title)).toBeVisible({ timeout: 20_000 });
}

async function save(page: Page, version: number) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.report-editor__state')).toHaveText(`Saved (version ${version}).`);
  await expect(announcements(page)).toHaveText(`Saved (version ${version}).`);
}

test.describe('filing and reviewing a national report', () => {
  test('a delegate drafts, saves twice and submits; the chair returns it; the delegate fixes and resubmits; the chair publishes; an observer reads it and finds it in the regional overview', async ({
    page,
    browser,
  }) => {
    test.slow();
    await signInByApi(page, LITHUANIA);

    // The list, from the main navigation.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await expect(heading(page, 'National reports')).toBeVisible();
    await expectNoAxeViolations(page);

    // A new report for the period the secretariat just added.
    await page.getByRole('link', { name: 'New report' }).first().click();
    await expect(heading(page, 'New report')).toBeFocused();
    await page.getByRole('radio', { name: PERIOD.label }).check();
    await page.getByRole('button', { name: 'Start the report' }).click();
    await expect(heading(page, 'Edit the report')).toBeVisible();
    await expect(page.getByText('Your report is started as a draft.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
    const reportPath = new URL(page.url()).pathname.replace(/\/edit$/, '');

    // First save: a summary and a measure.
    await page.getByRole('textbox', { name: /^Summary/ }).fill('Child protection services were reorganised.');
    await page.getByRole('button', { name: 'Add a measure' }).click();
    const measure = page.getByRole('region', { name: /^Measure 1/ });
    await expect(measure.getByRole('combobox', { name: 'Kind' })).toBeFocused();
    await measure.getByRole('combobox', { name: 'Kind' }).selectOption('LEGISLATIVE');
    await measure.getByRole('combobox', { name: 'Status' }).selectOption('ADOPTED');
    await measure
      .getByRole('textbox', { name: 'Title' })
      .fill('Amendments to the Law on the Protection of the Rights of the Child');
    await measure.getByRole('checkbox', { name: 'Early intervention and prevention' }).check();
    await save(page, 2);
    await expectNoAxeViolations(page);

    // Second save: the summary changes.
    await page
      .getByRole('textbox', { name: /^Summary/ })
      .fill('Child protection services were reorganised into regional centres.');
    await save(page, 3);

    // The history has both saves, and the diff shows the change.
    await page.getByRole('link', { name: 'history' }).click();
    await expect(heading(page, 'History of the report')).toBeVisible();
    const versions = page.getByRole('table');
    await expect(versions.getByRole('row', { name: /^2 Saved/ })).toBeVisible();
    await expect(versions.getByRole('row', { name: /^3 Saved/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Changes from version 2 to version 3' })).toBeVisible();
    const summaryDiff = page.getByRole('region', { name: 'Summary (changed)' });
    await expect(summaryDiff.locator('ins')).toContainText('regional centres');
    await expect(summaryDiff).toContainText('added:');
    await expectNoAxeViolations(page);
    // Any one version's content.
    await versions.getByRole('link', { name: 'View version 2' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Version 2' })).toBeFocused();
    await expect(page.locator('#revision-content')).toContainText(
      'Child protection services were reorganised.',
    );

    // The report as read; submitted with the keyboard only.
    await page.goto(reportPath);
    await expect(heading(page, TITLE)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Measures' })).toBeVisible();
    await expect(page.locator('#measures-EARLY_INTERVENTION')).toContainText('Amendments to the Law');
    // A file attached, and the report exported.
    await page.getByLabel('Attach files').setInputFiles({
      name: 'statistics-2018.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await expect(
      page
        .getByRole('list', { name: 'Files attached to the report' })
        .getByRole('link', { name: 'statistics-2018.pdf' }),
    ).toBeVisible();
    const pdf = await page.request.get(
      (await page.getByRole('link', { name: 'Download as PDF' }).getAttribute('href')) ?? '',
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await expectNoAxeViolations(page);
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Submit the report?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name: 'Submit the report' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The report is submitted.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Withdraw' })).toBeVisible();

    // The chair returns it, saying what to change.
    const chair = await asMember(browser, CHAIR);
    await open(chair, reportPath, TITLE);
    await chair.getByRole('button', { name: 'Return to the delegation' }).click();
    const returning = chair.getByRole('dialog', { name: 'Return the report to its delegation' });
    await expect(returning.getByRole('textbox', { name: 'Comment' })).toBeFocused();
    await returning.getByRole('button', { name: 'Return the report' }).click();
    await expect(returning.getByRole('textbox', { name: 'Comment' })).toHaveAccessibleDescription(
      /Error: Say what the delegation should change/,
    );
    await returning.getByRole('textbox', { name: 'Comment' }).fill('Please add the next steps for 2019.');
    await returning.getByRole('button', { name: 'Return the report' }).click();
    await expect(
      chair.getByText('The report is returned to its delegation with your comment.'),
    ).toBeVisible();
    await expect(chair.getByRole('button', { name: 'Publish' })).toHaveCount(0);

    // The delegate sees why, fixes it and submits again.
    await page.reload();
    const returned = page.locator('.report-returned');
    await expect(returned).toContainText('Returned for changes');
    await expect(returned).toContainText('Please add the next steps for 2019.');
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(heading(page, 'Edit the report')).toBeVisible();
    await page.getByRole('textbox', { name: /^Next steps/ }).fill('A national action plan for 2019.');
    await save(page, 6);
    await page.getByRole('link', { name: 'Back to the report' }).click();
    await expect(heading(page, TITLE)).toBeVisible();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit the report' }).click();
    await expect(page.getByText('The report is submitted.')).toBeVisible();

    // The chair publishes it.
    await chair.reload();
    await chair.getByRole('button', { name: 'Publish' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Publish the report' }).click();
    await expect(chair.getByText('The report is published.')).toBeVisible();
    await expect(chair.getByText('Published', { exact: true }).first()).toBeVisible();
    await chair.context().close();

    // An observer reads it, and cannot edit it.
    const observer = await asMember(browser, OBSERVER);
    await open(observer, `/reports?period=${encodeURIComponent(PERIOD.code)}`, 'National reports');
    await observer.getByRole('link', { name: TITLE }).click();
    await expect(heading(observer, TITLE)).toBeVisible();
    await expect(observer.getByRole('region', { name: 'Next steps' })).toContainText(
      'A national action plan for 2019.',
    );
    await expect(observer.getByRole('link', { name: 'Discuss this report' })).toBeVisible();
    await expect(observer.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(observer.getByRole('button', { name: /Submit|Publish|Withdraw|Return/ })).toHaveCount(0);
    await expectNoAxeViolations(observer);
    // Printed: the report alone.
    await observer.emulateMedia({ media: 'print' });
    await expect(observer.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(observer.getByRole('link', { name: 'Download as PDF' })).toBeHidden();
    await expect(heading(observer, TITLE)).toBeVisible();
    await expect(observer.getByRole('link', { name: 'statistics-2018.pdf' })).toBeVisible();
    await observer.emulateMedia({ media: 'screen' });
    // The regional overview of the period shows it: Lithuania's row, its measure under its focus area.
    await open(observer, `/reports/overview?period=${encodeURIComponent(PERIOD.code)}`, /^Regional overview/);
    const lithuania = observer.getByRole('row', { name: /^Lithuania/ });
    await expect(lithuania).toBeVisible();
    await expect(observer.getByRole('region', { name: /Not reported/ })).not.toContainText('Lithuania');
    await lithuania.getByRole('link', { name: /1 measure, 0 gaps: Lithuania, Early intervention/ }).click();
    await expect(heading(observer, TITLE)).toBeVisible();
    await expect(observer).toHaveURL(/#measures-EARLY_INTERVENTION$/);
    await observer.goto(`${reportPath}/edit`);
    await expect(observer.getByText('This report cannot be edited now')).toBeVisible();
    await observer.context().close();
    expect(otherErrors).toEqual([]);
  });
});
