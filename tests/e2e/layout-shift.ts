import { expect, type Page } from '@playwright/test';

/** Loads on which the page took longer to settle than the fallback allows, before the measurement gives up. */
const ATTEMPTS = 3;

/**
 * Opens `path` and returns the layout shift it records from its first byte until it has settled (hydrated,
 * network idle, and a moment more), as Lighthouse counts it. The same page may open one path after another.
 *
 * What a page holds back while it settles shows after a fixed time whatever happens (src/styles/global.css),
 * for a page whose app never comes; a machine busy with other tests can take longer than that to hydrate, and
 * the page then moves by design. Such a load says nothing about the page, so it is measured again, up to
 * three times; if every load takes that long, the test fails and says so.
 */
export async function layoutShiftOf(page: Page, path: string): Promise<number> {
  if (!observed.has(page)) await observe(page);
  for (let attempt = 1; ; attempt++) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('switch', { name: 'Show spoilers', includeHidden: true })).toBeEnabled();
    await page.waitForTimeout(300);
    const { shift, fallback } = await page.evaluate(() => {
      const w = window as unknown as { shift: number; fallback: boolean };
      return { shift: w.shift, fallback: w.fallback };
    });
    if (!fallback) return shift;
    expect(attempt, `${path} took longer to settle than the fallback allows on ${ATTEMPTS} loads in a row`).toBeLessThan(ATTEMPTS);
  }
}

/** Pages that count their shifts already: an init script runs on every document the page loads. */
const observed = new WeakSet<Page>();

async function observe(page: Page) {
  observed.add(page);
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number; fallback: boolean };
    w.shift = 0;
    w.fallback = false;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // The fallback's animation only runs out while the page is still marked as settling: then it showed the
    // held-back content before the app had settled it.
    document.addEventListener('animationstart', (event) => {
      if (event.animationName === 'spoilers-settled') w.fallback = true;
    });
  });
}
