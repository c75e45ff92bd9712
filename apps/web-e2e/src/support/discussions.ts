import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { BASE_URL } from './demo';

export interface CreatedThread {
  id: string;
  title: string;
}

export interface CreatedPost {
  id: string;
  number: number;
}

/**
 * The discussions API as the member signed in on `page` (its cookie jar), for setting up what a
 * test is not about. Writes carry the session's CSRF token and the portal's origin.
 */
export async function discussionsApi(page: Page) {
  const session = await page.request.get('/api/v1/auth/session');
  expect(session.status(), 'the session behind the API helper').toBe(200);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { origin: BASE_URL, 'x-csrf-token': csrfToken };

  return {
    headers,
    async createThread(input: {
      title: string;
      body: string;
      focusAreas?: string[];
      gapKinds?: string[];
      delegations?: string[];
    }): Promise<CreatedThread> {
      const response = await page.request.post('/api/v1/threads', {
        data: { focusAreas: [], gapKinds: [], delegations: [], ...input },
        headers: { ...headers, 'idempotency-key': randomUUID() },
      });
      expect(response.status(), `opening "${input.title}"`).toBe(201);
      return (await response.json()) as CreatedThread;
    },
    async reply(threadId: string, body: string): Promise<CreatedPost> {
      const response = await page.request.post(`/api/v1/threads/${threadId}/posts`, {
        data: { body },
        headers: { ...headers, 'idempotency-key': randomUUID() },
      });
      expect(response.status(), `replying "${body.slice(0, 40)}"`).toBe(201);
      return (await response.json()) as CreatedPost;
    },
    async post(path: string, data?: unknown) {
      return page.request.post(`/api/v1${path}`, { data, headers });
    },
    async patch(path: string, data: unknown) {
      return page.request.patch(`/api/v1${path}`, { data, headers });
    },
    async delete(path: string) {
      return page.request.delete(`/api/v1${path}`, { headers });
    },
  };
}

/** A title no other test uses on this run's database. */
export const uniqueTitle = (title: string) => `${title} ${Date.now().toString(36)}`;

/** Opens a thread page and waits until its posts are there. */
export async function openThread(page: Page, threadId: string, title: string, query = ''): Promise<void> {
  await page.goto(`/discussions/${threadId}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.post').first()).toBeVisible();
}

/** Presses Tab until `target` has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached with at most ${limit} presses of Tab`).toBeFocused();
}
