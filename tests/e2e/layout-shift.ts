import { expect, type Page } from '@playwright/test';

/**
 * Opens `path` and returns the layout shift it records from its first byte until it has settled (hydrated,
 * network idle, and a moment more), as Lighthouse counts it. The same page may open one path after another.
 */
export async function layoutShiftOf(page: Page, path: string): Promise<number> {
  if (!observed.has(page)) await observe(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.getByRole('switch', { name: 'Show spoilers', includeHidden: true })).toBeEnabled();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

/** Pages that count their shifts already: an init script runs on every document the page loads. */
const observed = new WeakSet<Page>();

async function observe(page: Page) {
  observed.add(page);
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
