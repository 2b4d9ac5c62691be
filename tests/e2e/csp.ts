import type { Page } from '@playwright/test';

/**
 * Collects what Chromium refuses under the page's Content Security Policy: it reports each violation as a
 * console error naming the policy. The sweeps that visit every page assert this stays empty.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}
