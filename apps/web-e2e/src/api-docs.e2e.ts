import { expect, test } from './support/fixtures';

test.describe('API documentation', () => {
  // Swagger UI is third-party and has its own, looser policy: only that it renders is checked.
  test.use({ failOnBrowserErrors: false });

  test('Swagger UI renders the API description at /api/docs', async ({ page }) => {
    const response = await page.goto('/api/docs');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('EGCC Portal API');
    await expect(page.locator('.swagger-ui .info .title')).toContainText('EGCC Portal API');
    await expect(
      page.locator('.swagger-ui .opblock-summary-path', { hasText: '/api/health' }).first(),
    ).toBeVisible();
  });

  test('the OpenAPI document is served as JSON', async ({ request }) => {
    const response = await request.get('/api/docs/openapi.json');
    expect(response.status()).toBe(200);
    const document = (await response.json()) as { openapi?: string; paths?: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths ?? {})).toContain('/api/health');
  });
});
