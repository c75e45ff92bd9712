import { discussionsApi, openThread, uniqueTitle } from './support/discussions';
import { expect, test } from './support/fixtures';
import { delegate, signInByApi } from './support/session';

/** Well-known ways to run script through Markdown and HTML. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<svg/onload=alert(1)>',
  '<iframe src=javascript:alert(1)>',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<a href="javascript:alert(1)">x</a>',
  '![x](x" onerror="alert(1))',
  '<details open ontoggle=alert(1)>',
  '[click](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '`<img src=x onerror=alert(1)>` and <b onmouseover=alert(1)>bold</b>',
  '[x](vbscript:msgbox(1))',
  '<https://example.org/"onmouseover="alert(1)>',
  'A link that is fine: [the discussions](/discussions)',
];

test('hostile Markdown: nothing in the posts runs, and no link leads to script', async ({ page }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const title = uniqueTitle('Hostile Markdown');
  await signInByApi(page, delegate('pl'));
  const api = await discussionsApi(page);
  const [first, ...rest] = PAYLOADS;
  const thread = await api.createThread({ title, body: first ?? '' });
  for (const payload of rest) await api.reply(thread.id, payload);

  await openThread(page, thread.id, title);
  await expect(page.locator('article.post')).toHaveCount(PAYLOADS.length);
  // What the members wrote, as shown.
  const bodies = page.locator('.post__body');
  await expect(bodies).toHaveCount(PAYLOADS.length);

  await expect(bodies.locator('script, iframe, object, embed, svg, math, details, style, form')).toHaveCount(
    0,
  );
  await expect(bodies.locator('img')).toHaveCount(0);
  const handlers = await bodies.evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => attribute.name),
      ),
    ),
  );
  expect(handlers).toEqual([]);
  const hrefs = await bodies
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.trim()).not.toMatch(/^(javascript|data|vbscript):/i);

  // Follow every link in the posts with the keyboard: nothing runs.
  const links = bodies.locator('a');
  for (let index = 0; index < (await links.count()); index++) {
    const popup = page
      .context()
      .waitForEvent('page', { timeout: 5000 })
      .catch(() => null);
    await links.nth(index).focus();
    await page.keyboard.press('Enter');
    const opened = await popup;
    if (opened) await opened.close();
  }
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
