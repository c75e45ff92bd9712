import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL, DEMO_PASSWORD } from './support/demo';
import { tabTo } from './support/discussions';
import { expect, test } from './support/fixtures';
import { ADMIN, delegate, OBSERVER, signInByApi } from './support/session';

/** A member's API session outside the browser, for setting up what a test is not about. */
async function apiAs(email: string) {
  const api: APIRequestContext = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    // The API refuses changes that do not come from its own origin.
    extraHTTPHeaders: { origin: BASE_URL },
  });
  const signIn = await api.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signIn.status(), `signing in ${email}`).toBe(200);
  const session = await api.get('/api/v1/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return {
    async post<T>(path: string, data: unknown, expected: number, what: string): Promise<T> {
      const response = await api.post(`/api/v1${path}`, {
        data,
        headers: { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() },
      });
      expect(response.status(), `${what}: ${await response.text()}`).toBe(expected);
      return (await response.json()) as T;
    },
    dispose: () => api.dispose(),
  };
}

/** Unique per run, so that demo data and earlier runs never share the period. */
const RUN = Date.now().toString(36).toUpperCase();
const PERIOD = { code: `E2E-${RUN}`, label: `Test period ${RUN}` };
const CHILD_RIGHTS = 'Child rights, including child-friendly justice';

interface Filed {
  id: string;
  title: string;
}

let denmark: Filed;
let estonia: Filed;

/**
 * A period of its own with two published reports: Denmark's (two measures and a gap on child
 * rights, one measure also on sexual abuse) and Estonia's (one measure on early intervention).
 */
test.beforeAll(async () => {
  const admin = await apiAs(ADMIN);
  const period = await admin.post<{ id: string }>(
    '/reporting-periods',
    { ...PERIOD, startsOn: '2019-01-01', endsOn: '2019-06-30', dueOn: null },
    201,
    'adding the period',
  );

  const file = async (code: string, content: Record<string, unknown>): Promise<Filed> => {
    const delegateApi = await apiAs(delegate(code));
    const report = await delegateApi.post<Filed>(
      '/reports',
      { periodId: period.id, ...content },
      201,
      `${code} starting its report`,
    );
    await delegateApi.post(`/reports/${report.id}/submit`, {}, 200, `${code} submitting`);
    await delegateApi.dispose();
    await admin.post(`/reports/${report.id}/publish`, {}, 200, `publishing ${code}`);
    return report;
  };

  denmark = await file('dk', {
    summary: 'Barnahus in every region since the spring.',
    measures: [
      {
        kind: 'LEGISLATIVE',
        status: 'IN_FORCE',
        title: 'Amended Act on Social Services',
        description: 'Children are heard before any decision on placement.',
        focusAreas: ['CHILD_RIGHTS', 'SEXUAL_ABUSE'],
        uncrcArticles: [12, 19],
      },
      {
        kind: 'ADMINISTRATIVE',
        status: 'ADOPTED',
        title: 'Guidelines for child-friendly interviews',
        description: '',
        focusAreas: ['CHILD_RIGHTS'],
        uncrcArticles: [],
      },
    ],
    gaps: [{ kind: 'CAPACITY', focusArea: 'CHILD_RIGHTS', description: 'Too few trained interviewers.' }],
    nextSteps: 'Evaluate the act in 2027.',
  });
  estonia = await file('ee', {
    summary: 'Early help centres in every county.',
    measures: [
      {
        kind: 'POLITICAL',
        status: 'PLANNED',
        title: 'Strategy for children and families',
        description: '',
        focusAreas: ['EARLY_INTERVENTION'],
        uncrcArticles: [],
      },
    ],
  });
  await admin.dispose();
});

const overviewPath = (period = PERIOD.code) => `/reports/overview?period=${encodeURIComponent(period)}`;

async function openOverview(page: Page, period = PERIOD.code): Promise<void> {
  await page.goto(overviewPath(period));
  await expect(page.getByRole('heading', { level: 1, name: /^Regional overview/ })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

const overviewTable = (page: Page) =>
  page.getByRole('table', {
    name: `Published national reports for ${PERIOD.label}: measures and gaps by focus area`,
  });

test.describe('the regional overview', () => {
  test('an observer sees who reported on what, and follows a cell to the report section', async ({
    page,
  }) => {
    await signInByApi(page, OBSERVER);
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Regional overview' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Regional overview/ })).toBeVisible();
    await openOverview(page);

    const table = overviewTable(page);
    const denmarkRow = table.getByRole('row', { name: /^Denmark/ });
    await expect(denmarkRow.getByRole('rowheader')).toHaveText('Denmark');
    const cell = denmarkRow.getByRole('link', { name: `2 measures, 1 gap: Denmark, ${CHILD_RIGHTS}` });
    await expect(cell).toHaveText('2 measures, 1 gap');
    await expect(denmarkRow.getByRole('cell').last()).toHaveText('2 measures, 1 gap');
    await expect(
      denmarkRow.getByRole('link', { name: /^1 measure, 0 gaps: Denmark, Protection/ }),
    ).toBeVisible();
    await expect(denmarkRow.getByText('Not covered')).toHaveCount(3);
    await expect(
      table.getByRole('row', { name: /^Estonia/ }).getByRole('link', { name: /^1 measure, 0 gaps/ }),
    ).toHaveAttribute('href', `/reports/${estonia.id}#measures-EARLY_INTERVENTION`);

    const notReported = page.getByRole('list', { name: 'Not reported' });
    await expect(notReported.getByRole('listitem').filter({ hasText: 'Finland' })).toHaveCount(1);
    await expect(notReported.getByRole('listitem').filter({ hasText: 'Denmark' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Download the compilation as PDF' })).toHaveAttribute(
      'href',
      `/api/v1/reporting-periods/${PERIOD.code}/compilation?format=pdf`,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the compilation as DOCX (Word)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await expectNoAxeViolations(page);

    await cell.click();
    await expect(page).toHaveURL(`/reports/${denmark.id}#measures-CHILD_RIGHTS`);
    await expect(page.getByRole('heading', { level: 1, name: denmark.title })).toBeVisible();
    await expect(page.locator('[id="measures-CHILD_RIGHTS"]')).toBeVisible();
  });

  test('on a phone the table scrolls sideways, and the keyboard can scroll it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signInByApi(page, OBSERVER);
    await openOverview(page);

    const region = page.getByRole('region', {
      name: `Regional overview, ${PERIOD.label} (scrolls sideways)`,
    });
    const sizes = await region.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    // The page itself does not scroll sideways: only the table's region does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await tabTo(page, region, 120);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test('keyboard only: the period picker and the compare form', async ({ page }) => {
    await signInByApi(page, OBSERVER);
    await openOverview(page);

    // Choose another period: type-ahead in the select, then the button.
    const picker = page.getByLabel('Reporting period', { exact: true });
    await tabTo(page, picker);
    await page.keyboard.type('2026 H1');
    await expect(picker).toHaveValue('2026-H1');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show the period' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(overviewPath('2026-H1'));
    await expect(page.getByRole('heading', { level: 1, name: /^Regional overview/ })).toContainText(
      '2026 H1',
    );

    await page.goBack();
    await expect(page).toHaveURL(overviewPath());
    await expect(overviewTable(page)).toBeVisible();

    const choices = page.getByRole('group', { name: 'Delegations to compare' });
    await tabTo(page, choices.getByRole('checkbox', { name: 'Denmark' }), 160);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(choices.getByRole('checkbox', { name: 'Estonia' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(`/reports/compare?period=${PERIOD.code}&delegations=dk,ee`);
    await expect(page.getByRole('heading', { level: 1, name: /^Compare national reports/ })).toBeFocused();
  });
});

test.describe('comparing national reports', () => {
  test('two delegations side by side, section by section', async ({ page }) => {
    await signInByApi(page, OBSERVER);
    await page.goto(`/reports/compare?period=${PERIOD.code}&delegations=dk,ee`);
    await expect(page.getByRole('heading', { level: 1, name: /^Compare national reports/ })).toContainText(
      PERIOD.label,
    );

    for (const section of ['Summary', 'Measures taken', 'Good practices', 'Gaps', 'Next steps']) {
      const region = page.getByRole('region', { name: section });
      await expect(region.getByRole('heading', { level: 3 })).toHaveText([
        `Denmark: ${section.toLowerCase()}`,
        `Estonia: ${section.toLowerCase()}`,
      ]);
    }
    const summary = page.getByRole('region', { name: 'Summary' });
    const [left, right] = await Promise.all(
      ['Denmark', 'Estonia'].map((name) =>
        summary.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }).boundingBox(),
      ),
    );
    // Side by side on a desktop screen: same line, Denmark first.
    expect(left && right && Math.abs(left.y - right.y)).toBeLessThan(2);
    expect(left && right && left.x < right.x).toBe(true);
    await expect(summary).toContainText('Barnahus in every region since the spring.');
    await expect(summary).toContainText('Early help centres in every county.');

    const measures = page.getByRole('list', { name: 'Measures of Denmark' });
    await expect(measures.getByRole('listitem')).toHaveCount(2);
    await expect(measures.getByRole('listitem').first()).toContainText(
      `Legislative · In force · ${CHILD_RIGHTS}, Protection from sexual abuse and exploitation · UNCRC articles 12, 19`,
    );
    await expect(page.getByRole('region', { name: 'Gaps' })).toContainText('Too few trained interviewers.');
    await expectNoAxeViolations(page);

    // Changing the choice changes the address; a delegation with nothing published is named.
    await page.getByText('Change the delegations').click();
    await page.getByRole('checkbox', { name: 'Estonia' }).uncheck();
    // Only delegations that reported are offered: Latvia is asked for through the address.
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByText('Choose at least one more delegation to compare').first()).toBeVisible();
    await page.goto(`/reports/compare?period=${PERIOD.code}&delegations=dk,lv`);
    await expect(page.getByText(`No published report for ${PERIOD.label} from Latvia.`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' }).getByRole('heading', { level: 3 })).toHaveText(
      ['Denmark: summary'],
    );
  });
});

test.describe('reporting periods (admin)', () => {
  test('the admin adds a period and corrects its label', async ({ page }) => {
    await signInByApi(page, ADMIN);
    await page.goto('/admin');
    await page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('link', { name: 'Reporting periods' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reporting periods' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^2026-H2/ })).toContainText('2026 H2');
    await expectNoAxeViolations(page);

    const code = `E2F-${RUN}`;
    const form = page.getByRole('region', { name: 'Add a reporting period' });
    await form.getByLabel('Code').fill(code);
    await form.getByLabel('Label').fill(`Added in a test ${RUN}`);
    await form.getByLabel('First day').fill('2018-07-01');
    await form.getByLabel('Last day').fill('2018-12-31');
    await form.getByRole('button', { name: 'Add the period' }).click();
    await expect(page.getByText(`${code} has been added.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(`^${code}`) });
    await expect(row).toContainText(`Added in a test ${RUN}1 July 201831 December 2018Not set`);

    // The same code again: the API's answer is shown with the form.
    await form.getByLabel('Code').fill(code.toLowerCase());
    await form.getByLabel('Label').fill('A second one');
    await form.getByLabel('First day').fill('2018-07-01');
    await form.getByLabel('Last day').fill('2018-12-31');
    await form.getByRole('button', { name: 'Add the period' }).click();
    await expect(form.getByRole('alert')).toContainText(`There is already a reporting period ${code}`);
    await expect(form.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    // Edit in place, by keyboard.
    const edit = page.getByRole('button', { name: `Edit ${code}` });
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const label = page.getByRole('table').getByLabel('Label');
    await expect(label).toBeFocused();
    await label.fill(`Corrected ${RUN}`);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`${code} has been saved.`)).toBeVisible();
    await expect(row).toContainText(`Corrected ${RUN}`);
    await expect(edit).toBeFocused();
  });
});
