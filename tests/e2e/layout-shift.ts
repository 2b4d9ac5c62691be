import { expect, type Page } from '@playwright/test';
import { SETTLE } from '../../src/lib/settling.ts';
import { networkSettled, trackRequests } from './network.ts';
import { waitForAppReady } from './test.ts';

/**
 * Opens `path` and returns the layout shift it records from its first byte until it has settled, as Lighthouse
 * counts it. The same page may open one path after another. It is `openMeasured` and then `shiftOnceSettled`,
 * which a test calls apart to do something in between (hold a response back until the app is ready, say).
 */
export async function layoutShiftOf(page: Page, path: string): Promise<number> {
  await openMeasured(page, path);
  return shiftOnceSettled(page, path);
}

/** Opens `path` with its layout shifts counted from the first byte, and waits for the app to be ready. */
export async function openMeasured(page: Page, path: string): Promise<void> {
  if (!observed.has(page)) await observe(page);
  await page.goto(path);
  await waitForAppReady(page);
}

/**
 * Once the page opened by `openMeasured` has settled, by events rather than a clock (network.ts: the network
 * idle, then no request in flight and none started across two animation frames, so whatever the last response
 * brought is laid out and painted), the layout shift it has recorded.
 *
 * What a page holds back while it settles shows after a fixed time whatever happens (src/styles/global.css),
 * for a page whose app never comes. If that fallback ran, the page moved before the app placed what it held
 * back: that is the jump a reader would see on a device as busy as this one, and the measurement fails and
 * says so, rather than load the page again until it is quick enough.
 */
export async function shiftOnceSettled(page: Page, path: string): Promise<number> {
  await networkSettled(page);
  const { shift, fallback } = await page.evaluate(() => {
    const w = window as unknown as { shift: number; fallback: boolean };
    return { shift: w.shift, fallback: w.fallback };
  });
  expect(
    fallback,
    `${path}: the app did not arrive in time. The page showed what it held back on its fallback (after ${SETTLE.withinMs} ms, or ` +
      `${SETTLE.whileHydratingMs} ms once the app had come) before the app had placed it: a jump a reader would see.`,
  ).toBe(false);
  return shift;
}

/** Pages that count their shifts and requests already: an init script runs on every document the page loads. */
const observed = new WeakSet<Page>();

async function observe(page: Page) {
  observed.add(page);
  trackRequests(page);
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
