import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { discussionsApi, openThread, tabTo, uniqueTitle } from './support/discussions';
import { expect, test } from './support/fixtures';
import { delegate, OBSERVER, signInByApi } from './support/session';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const HTML_AS_PDF = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');

const postWith = (page: Page, text: string) => page.locator('article.post').filter({ hasText: text });

test.describe('attachments on posts', () => {
  test('a delegate attaches a PNG to a reply with the keyboard; members see and download it; a fake PDF is refused in words', async ({
    page,
    browser,
  }) => {
    test.slow();
    await signInByApi(page, delegate('dk'));
    const api = await discussionsApi(page);
    const title = uniqueTitle('Figures on foster care');
    const thread = await api.createThread({ title, body: 'Where do we stand on foster care?' });
    await openThread(page, thread.id, title);

    // The reply, with a file chosen from the keyboard: Tab to the picker, Space opens it.
    await page
      .getByRole('textbox', { name: 'Your reply', exact: true })
      .fill('Our figures for 2026 are in the chart.');
    const picker = page.getByLabel('Attach files (optional)');
    await expect(picker).toHaveAttribute('accept', /image\/png/);
    await tabTo(page, picker);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'foster-care chart.png', mimeType: 'image/png', buffer: PNG });
    const toAttach = page.getByRole('list', { name: 'Files to attach' });
    await expect(toAttach).toContainText('foster-care chart.png');
    await page.getByRole('button', { name: 'Post the reply' }).click();

    const reply = postWith(page, 'Our figures for 2026');
    const link = reply.getByRole('link', { name: 'foster-care chart.png' });
    await expect(link).toBeVisible();
    await expect(reply.getByRole('list', { name: /Files attached to post 2/ })).toContainText(
      `(PNG, ${PNG.length} bytes)`,
    );
    await expect(page.getByTestId('announcements')).toHaveText(
      'Your reply is posted as post 2 with one file.',
    );
    await expectNoAxeViolations(page);

    // Another member, an observer, sees the file and downloads it.
    const observerContext = await browser.newContext();
    const observer = await observerContext.newPage();
    await signInByApi(observer, OBSERVER);
    await openThread(observer, thread.id, title);
    const observersLink = postWith(observer, 'Our figures for 2026').getByRole('link', {
      name: 'foster-care chart.png',
    });
    const download = observer.waitForEvent('download');
    await observersLink.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('foster-care chart.png');
    const response = await observer.request.get((await observersLink.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; /);
    expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);
    await observerContext.close();

    // The author adds an HTML page named report.pdf while editing: the server refuses it, in words.
    await reply.getByRole('button', { name: 'Edit your post 2' }).click();
    const addFiles = reply.getByLabel('Add files');
    await addFiles.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: HTML_AS_PDF });
    const alert = reply.getByRole('alert');
    await expect(alert).toContainText('“report.pdf” was not uploaded:');
    await expect(alert).toContainText('The portal takes PDF, DOCX, ODT, XLSX, PPTX, PNG, JPEG files');
    await expect(addFiles).toHaveAttribute('aria-invalid', 'true');
    await expect(reply.getByRole('link', { name: 'report.pdf' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // And takes the PNG off again.
    await reply.getByRole('button', { name: 'Remove foster-care chart.png' }).click();
    await expect(page.getByTestId('announcements')).toHaveText(
      'foster-care chart.png is removed from post 2.',
    );
    await expect(reply.getByText('No files are attached.')).toBeVisible();
  });
});
