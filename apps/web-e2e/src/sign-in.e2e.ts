import { Secret, TOTP } from 'otpauth';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { HOME_HEADING } from './support/pages';
import { delegate, signInToHome, signInWithForm, signOut } from './support/session';
import { DEMO_PASSWORD } from './support/demo';

test.describe('signing in', () => {
  test('works with the keyboard alone, errors included', async ({ page }) => {
    await page.goto('/directory');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /^EGCC Portal/ })).toBeFocused();
    await page.keyboard.press('Tab');
    const email = page.getByLabel('E-mail address');
    await expect(email).toBeFocused();

    // Sent empty: the summary takes focus and its links lead to the fields.
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter your e-mail address', 'Enter your password']);
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: 'Enter your e-mail address' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');

    await page.keyboard.type(delegate('dk'));
    await page.keyboard.press('Tab');
    const password = page.getByLabel('Password', { exact: true });
    await expect(password).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Tab');
    const show = page.getByRole('button', { name: 'Show password' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(password).toHaveAttribute('type', 'text');
    await page.keyboard.press('Enter');
    await expect(password).toHaveAttribute('type', 'password');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();
    await page.keyboard.press('Enter');

    // Back where the member was going, with focus on the page's heading.
    await expect(page).toHaveURL('/directory');
    await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Account menu for Mette Nielsen' })).toBeVisible();
  });

  test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithForm(page, delegate('pl'), 'not the right password');
    await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not correct.');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  });

  test('ignores a "next" address on another site', async ({ page }) => {
    await page.goto('/sign-in?next=%2F%2Fevil.example%2F');
    await signInWithForm(page, delegate('de'));
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  });

  test('a member sets up two-factor sign-in, keeps recovery codes, and signs in with one', async ({
    page,
  }) => {
    await signInToHome(page, delegate('no'));
    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('link', { name: 'Two-factor sign-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await expect(page.getByRole('heading', { name: 'Add the portal to your app' })).toBeFocused();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await page.getByText('Cannot scan the code?').click();
    const secret = ((await page.locator('.secret-key').textContent()) ?? '').replace(/\s/g, '');
    await expectNoAxeViolations(page);

    const code = new TOTP({
      secret: Secret.fromBase32(secret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    }).generate();
    await page.getByLabel('Code from your app').fill(code);
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();

    await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeFocused();
    const codes = await page.locator('.recovery-codes code').allTextContents();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'I have saved my codes' }).click();
    await expect(page.getByText('You have 10 unused recovery codes.')).toBeVisible();
    await expectNoAxeViolations(page);

    await signOut(page);
    await signInWithForm(page, delegate('no'));
    await expect(page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();

    await page.goto('/profile/two-factor');
    await expect(page.getByText('You have 9 unused recovery codes.')).toBeVisible();
  });
});
