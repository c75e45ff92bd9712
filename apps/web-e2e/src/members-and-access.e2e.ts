import { randomBytes } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { linkFromOutbox } from './support/outbox';
import { HOME_HEADING } from './support/pages';
import {
  ADMIN,
  delegate,
  OBSERVER,
  signInByApi,
  signInToHome,
  signInWithForm,
  signOut,
} from './support/session';

/** A password the API's strength rules accept: long, and not made of words about the person. */
const strongPassword = () => `Harbour-${randomBytes(6).toString('base64url')}-lantern-orbit`;

test.describe('members and access', () => {
  test('an admin invites a new member, who accepts, chooses a password, signs out and in again', async ({
    page,
    browser,
  }) => {
    const email = `invitee.${Date.now()}@egcc.example`;
    await signInToHome(page, ADMIN);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('link', { name: 'Invite a member' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invite a member' })).toBeFocused();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Full name').fill('Maarja Kask');
    await page.getByLabel('Job title (optional)').fill('Adviser, Children and Families');
    await page.getByRole('checkbox', { name: 'Delegate' }).check();
    await page.getByLabel('Delegation').selectOption({ label: 'Estonia' });
    await page.getByLabel('Ministry (optional)').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Send the invitation' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Pending');
    await expect(row).toContainText('Estonia');

    const invitationPath = await linkFromOutbox(page, email, 'Your invitation to the EGCC Portal');
    expect(invitationPath).toMatch(/^\/accept-invitation#token=/);

    // The invitee, in a browser of their own.
    const inviteeContext = await browser.newContext();
    const invitee = await inviteeContext.newPage();
    await invitee.goto(invitationPath);
    await expect(invitee.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
    await expect(invitee.getByText('Welcome, Maarja Kask.')).toBeVisible();
    await expect(invitee.getByRole('definition').filter({ hasText: 'Estonia' })).toBeVisible();
    // The token leaves the address bar once read.
    await expect(invitee).toHaveURL('/accept-invitation');
    await expectNoAxeViolations(invitee);

    const password = strongPassword();
    await invitee.getByLabel('New password', { exact: true }).fill('short');
    await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
    await expect(invitee.getByRole('alert')).toContainText('New password must be at least 12 characters');
    await expectNoAxeViolations(invitee);

    await invitee.getByLabel('New password', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
    await expect(invitee.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(
      invitee.getByText('Welcome to the EGCC Portal, Maarja Kask. You are signed in.'),
    ).toBeVisible();
    await expect(invitee.getByRole('button', { name: 'Account menu for Maarja Kask' })).toBeVisible();

    await signOut(invitee);
    await signInWithForm(invitee, email, password);
    await expect(invitee.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await inviteeContext.close();

    // The secretariat sees the invitation accepted.
    await page.goto('/admin/invitations');
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Accepted');
  });

  test('a member resets a forgotten password with the link the admin reads in the outbox', async ({
    page,
    browser,
  }) => {
    const member = delegate('lv');
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(member);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeFocused();
    await expect(page.getByText(member)).toBeVisible();

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInByApi(admin, ADMIN);
    const resetPath = await linkFromOutbox(admin, member, 'Reset your EGCC Portal password');
    await expectNoAxeViolations(admin);
    await adminContext.close();

    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await expect(page.getByText(`For the account ${member}.`)).toBeVisible();
    await expectNoAxeViolations(page);
    const password = strongPassword();
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Save the new password' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(/Your password has been changed/)).toBeVisible();
    await expect(page.getByLabel('E-mail address')).toHaveValue(member);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();

    // The link worked once.
    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeVisible();
    await expect(page.getByText(/used already/)).toBeVisible();
  });

  test('an observer sees no Admin section, and the admin pages are not open to them', async ({ page }) => {
    await signInToHome(page, OBSERVER);
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link')).toHaveText([
      'Home',
      'Discussions',
      'Reports',
      'Regional overview',
      'Meetings',
      'Action items',
      'Directory',
      /^Notifications/,
    ]);
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);

    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/members');
    await page.goto('/admin/members');
    expect((await answer).status()).toBe(403);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Admin' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a delegate of a delegation that has withdrawn is told why they cannot sign in', async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithForm(page, delegate('ru'));

    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(summary).toContainText(
      "Your delegation's participation in the group is suspended or has ended, so you cannot sign in.",
    );
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL('/sign-in');
    await expectNoAxeViolations(page);
  });
});
