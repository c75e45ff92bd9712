import { expect, test } from './support/fixtures';
import { ADMIN, CHAIR, delegate, signInByApi, signInToHome } from './support/session';
import { DEMO_PASSWORD } from './support/demo';
import { HOME_HEADING } from './support/pages';

test.describe('the secretariat', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, ADMIN);
  });

  test("edits a member's details, deactivates them and reactivates them", async ({ page, browser }) => {
    await page.goto('/admin/members');
    await page.getByLabel('Name or e-mail').fill('delegate.dk');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/admin/members?q=delegate.dk');
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('link', { name: 'Mette Nielsen' }).click();

    await page.getByLabel('Job title (optional)').fill('Head of Section, Children and Youth');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('The changes have been saved.')).toBeVisible();

    await page.getByRole('button', { name: 'Deactivate Mette Nielsen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Mette Nielsen?' });
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await expect(
      page.getByText('Mette Nielsen has been deactivated and signed out everywhere.'),
    ).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Deactivated' })).toBeVisible();

    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto('/sign-in');
    await member.getByLabel('E-mail address').fill(delegate('dk'));
    await member.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await member.getByRole('button', { name: 'Sign in' }).click();
    await expect(member.getByRole('alert')).toContainText('Your account is not active.');

    await page.getByRole('button', { name: 'Reactivate Mette Nielsen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
    await expect(page.getByText('Mette Nielsen has been reactivated and can sign in again.')).toBeVisible();

    await member.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await member.getByRole('button', { name: 'Sign in' }).click();
    await expect(member.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await memberContext.close();

    await page.goto('/directory/dk');
    await expect(page.getByRole('row').filter({ hasText: 'Mette Nielsen' })).toContainText(
      'Head of Section, Children and Youth',
    );
  });

  test('sends an invitation again and withdraws another', async ({ page }) => {
    const invite = async (email: string, name: string) => {
      await page.goto('/admin/invitations/new');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Full name').fill(name);
      await page.getByRole('checkbox', { name: 'Observer' }).check();
      await page.getByLabel('Delegation').selectOption({ label: 'European Commission' });
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    };
    const stamp = Date.now();
    const first = `observer.one.${stamp}@egcc.example`;
    const second = `observer.two.${stamp}@egcc.example`;
    await invite(first, 'Anna Observer');
    await invite(second, 'Bruno Observer');

    await page
      .getByRole('row')
      .filter({ hasText: first })
      .getByRole('button', { name: /^Send again/ })
      .click();
    await expect(page.getByText(`A new invitation was sent to ${first}.`)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: first })).toContainText('2 times');

    await page
      .getByRole('row')
      .filter({ hasText: second })
      .getByRole('button', { name: /^Withdraw/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw the invitation' }).click();
    await expect(page.getByText(`The invitation of ${second} has been withdrawn.`)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: second })).toContainText('Revoked');

    await page.getByLabel('Status').selectOption('REVOKED');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await expect(page).toHaveURL('/admin/invitations?status=REVOKED');
    await expect(page.getByRole('row').filter({ hasText: first })).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: second })).toHaveCount(1);
  });

  test('adds a delegation, changes its status, and keeps its ministries', async ({ page }) => {
    await page.goto('/admin/delegations');
    await page.getByLabel('Code').fill('xt');
    await page.getByLabel('Name in English').fill('Exampletown');
    await page.getByLabel('Kind').selectOption('INSTITUTION');
    await page.getByRole('button', { name: 'Add the delegation' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Exampletown' })).toBeVisible();
    await expect(page.getByText('The delegation of Exampletown has been added.')).toBeVisible();

    const ministries = page.getByRole('region', { name: 'Ministries' });
    await ministries.getByLabel('Name in English').fill('Office for Children');
    await ministries.getByLabel('Website (optional)').fill('not a website');
    await ministries.getByRole('button', { name: 'Add the ministry' }).click();
    await expect(ministries.getByRole('alert')).toContainText('Enter the website as a full address');
    await ministries.getByLabel('Website (optional)').fill('https://children.example.org');
    await ministries.getByRole('button', { name: 'Add the ministry' }).click();
    await expect(ministries.getByText('Office for Children has been added.')).toBeVisible();

    await ministries.getByRole('button', { name: 'Edit Office for Children' }).click();
    await ministries.getByLabel('Abbreviation (optional)').first().fill('OFC');
    await ministries.getByRole('button', { name: 'Save the ministry' }).click();
    await expect(ministries.getByText('Office for Children (OFC)')).toBeVisible();
    await ministries.getByRole('button', { name: 'Archive Office for Children' }).click();
    await expect(ministries.getByText('Archived', { exact: true })).toBeVisible();

    const status = page.getByRole('region', { name: 'Membership status' });
    await status.getByLabel('New status').selectOption('SUSPENDED');
    await status.getByLabel('Effective from').fill('2026-03-01');
    await status.getByLabel('Note (optional)').fill('Suspended pending review.');
    await status.getByRole('button', { name: 'Change the status' }).click();
    await expect(status.getByText('The status is now suspended, from 1 March 2026.')).toBeVisible();

    await page.goto('/directory');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Exampletown' }) });
    await expect(card).toContainText('Suspended since 1 March 2026');
  });
});

test.describe('a member', () => {
  test('changes their details, and their password with the current one', async ({ page }) => {
    await signInToHome(page, CHAIR);
    await page.goto('/profile');
    const details = page.getByRole('region', { name: 'Your details' });
    await details.getByLabel('Time zone').selectOption('Europe/Riga');
    await details.getByLabel('Full name').fill('Mikko J. Virtanen');
    await details.getByRole('button', { name: 'Save your details' }).click();
    await expect(details.getByText('Your details have been saved.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Account menu for Mikko J. Virtanen' })).toBeVisible();

    const password = page.getByRole('region', { name: 'Change your password' });
    await password.getByLabel('Current password', { exact: true }).fill('not my password');
    await password.getByLabel('New password', { exact: true }).fill('Quiet-meadow-copper-kettle-91');
    await password.getByRole('button', { name: 'Change your password' }).click();
    await expect(password.getByRole('alert')).toContainText('Current password is not your current password');
    await expect(password.getByLabel('Current password', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('ends a session on another device', async ({ page, browser }) => {
    const otherContext = await browser.newContext({
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1',
    });
    const other = await otherContext.newPage();
    await signInByApi(other, delegate('is'));
    await signInToHome(page, delegate('is'));

    await page.goto('/profile/sessions');
    const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: /^End session/ }) });
    await expect(rows).toHaveCount(1);
    await rows.getByRole('button', { name: /^End session/ }).click();
    await expect(page.getByText(/The session on .* has ended\./)).toBeVisible();
    await expect(rows).toHaveCount(0);

    await other.goto('/profile');
    await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await otherContext.close();
  });
});
