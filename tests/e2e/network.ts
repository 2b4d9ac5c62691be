import { expect, type Page } from '@playwright/test';

type Count = { started: number; inFlight: number };

/** Pages whose requests are counted: how many have started, and how many are in flight, since `trackRequests`. */
const counts = new WeakMap<Page, Count>();

/** Counts the page's requests from now on (once per page; calling it again changes nothing). */
export function trackRequests(page: Page): void {
  if (counts.has(page)) return;
  const count: Count = { started: 0, inFlight: 0 };
  counts.set(page, count);
  page.on('request', () => {
    count.started++;
    count.inFlight++;
  });
  page.on('requestfinished', () => void count.inFlight--);
  page.on('requestfailed', () => void count.inFlight--);
}

/** Two animation frames in the page: what the last change drew is laid out and painted. */
export const frames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Resolves once the page's network has settled, by events: no request in flight, and none started across two
 * animation frames. Call it once the app is ready: what the page asks for from then on (its spoilers, a font
 * the new text needs, an image scrolled near) starts in the render or the frame that needs it, so a page quiet
 * for two frames is done. (Playwright's `networkidle` waits 500 ms of quiet by the clock, and fires once per
 * document, possibly before the app is ready.) The page must be tracked (`trackRequests`) since before it loaded.
 */
export async function networkSettled(page: Page): Promise<void> {
  const count = counts.get(page);
  if (!count) throw new Error('networkSettled: call trackRequests(page) before the page loads');
  for (;;) {
    await expect.poll(() => count.inFlight, { message: 'requests still in flight' }).toBe(0);
    const started = count.started;
    await frames(page);
    if (count.inFlight === 0 && count.started === started) return;
  }
}
