import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and fails with one line per violation and element,
 * so the report says what to fix and where. The page must come from browser.newContext()
 * (Playwright's `page` fixture does).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // A blank page or an axe that never ran would pass vacuously.
  expect(results.passes.length, 'axe rules that passed').toBeGreaterThan(0);
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help} at ${node.target.join(' ')}: ` +
        node.failureSummary?.replace(/\s+/g, ' ').trim(),
    ),
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
