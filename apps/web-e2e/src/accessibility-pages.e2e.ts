import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL } from './support/demo';
import { expect, test } from './support/fixtures';
import { linkFromOutbox } from './support/outbox';
import { ADMIN, CHAIR, delegate, signInByApi } from './support/session';

/** Opens a page and waits for its h1, so axe sees the page and not the loading state. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

test.describe('axe-core finds no violations on the pages of "Members and access"', () => {
  test('signed out: sign-in, its errors, forgotten password, and links that cannot be used', async ({
    page,
  }) => {
    await open(page, '/sign-in', 'Sign in');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);

    await open(page, '/forgot-password', 'Reset your password');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-mail address').fill('nobody@egcc.example');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible();
    await expectNoAxeViolations(page);

    await open(page, `/reset-password#token=${'x'.repeat(43)}`, 'This link cannot be used');
    await expect(page.getByText(/not valid/)).toBeVisible();
    await expectNoAxeViolations(page);

    await open(page, `/accept-invitation#token=${'x'.repeat(43)}`, 'This invitation cannot be used');
    await expectNoAxeViolations(page);
  });

  test("a member's pages: home, directory, a delegation, profile, sessions, two-factor", async ({ page }) => {
    await signInByApi(page, CHAIR);
    await open(page, '/', 'Welcome to the EGCC Portal');
    await expectNoAxeViolations(page);

    await open(page, '/directory', 'Directory');
    const russia = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Russia' }) });
    await expect(russia).toContainText('Withdrawn on 17 May 2022');
    await expectNoAxeViolations(page);

    await russia.getByRole('link', { name: 'Russia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Russia/ })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Membership history' })).toBeVisible();
    await expectNoAxeViolations(page);

    await open(page, '/directory/fi', /^Finland/);
    const chair = page.getByRole('row').filter({ hasText: 'Mikko Virtanen' });
    await expect(chair.getByRole('link', { name: 'chair@egcc.example' })).toHaveAttribute(
      'href',
      'mailto:chair@egcc.example',
    );
    await expect(chair).toContainText('Chair, Delegate');
    await expectNoAxeViolations(page);

    await open(page, '/profile', 'Your profile');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Change your password' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);

    await open(page, '/profile/sessions', 'Sessions');
    await expect(page.getByText('This device', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await open(page, '/profile/two-factor', 'Two-factor sign-in');
    await expectNoAxeViolations(page);
  });

  test('the admin pages', async ({ page }) => {
    // A long walk through every admin page, with axe on each: slow on a busy two-core machine.
    test.slow();
    await signInByApi(page, ADMIN);
    // Something in the outbox: a reset link for a member.
    const reset = await page.request.post('/api/v1/password-resets', {
      data: { email: delegate('se') },
      headers: { origin: BASE_URL },
    });
    expect(reset.status()).toBe(202);

    await open(page, '/admin/members', 'Members');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Claire Dubois' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Claire Dubois' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Deactivate Claire Dubois' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Claire Dubois?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await open(page, '/admin/members?role=DELEGATE&delegation=fi', 'Members');
    await expect(page.getByRole('row')).toHaveCount(3);
    await expectNoAxeViolations(page);

    await open(page, '/admin/invitations', 'Invitations');
    await expectNoAxeViolations(page);
    await open(page, '/admin/invitations/new', 'Invite a member');
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: 'Chair' }).check();
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      'A chair is also a delegate of their own delegation: tick Delegate too',
    );
    await expectNoAxeViolations(page);

    await open(page, '/admin/delegations', 'Delegations');
    await expectNoAxeViolations(page);
    await open(page, '/admin/delegations/ee', 'Estonia');
    await expectNoAxeViolations(page);

    await open(page, '/admin/audit', 'Audit log');
    const download = page.getByRole('link', { name: /Download CSV/ });
    await expect(download).toHaveAttribute('href', '/api/v1/audit-events/export');
    await expectNoAxeViolations(page);
    await page.getByLabel('Action').fill('session.signed_in');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/admin/audit?action=session.signed_in');
    await expect(download).toHaveAttribute('href', '/api/v1/audit-events/export?action=session.signed_in');
    const csv = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('session.signed_in');

    await open(page, '/admin/outbox', 'Outbox');
    await expect(page.getByText('No mail server is set up: nothing is sent')).toBeVisible();
    await expectNoAxeViolations(page);

    const resetPath = await linkFromOutbox(page, delegate('se'), 'Reset your EGCC Portal password');
    await expectNoAxeViolations(page);

    // A valid reset link, as its owner sees it (not used here).
    await page.context().clearCookies();
    await open(page, resetPath, 'Choose a new password');
    await expectNoAxeViolations(page);
  });
});
