import { expect, type CDPSession, type Page } from '@playwright/test';
import { networkSettled, trackRequests } from './network.ts';
import { waitForAppReady } from './test.ts';

/**
 * Opens `path` and returns the layout shifts it records from its first byte until it has settled, as Lighthouse
 * counts them, each described (`countLayoutShifts`): none is what every test asks for, and a failure names what moved. The same page may open one path after another. It is `openMeasured` and then `shiftsOnceSettled`,
 * which a test calls apart to do something in between (hold a response back until the app is ready, say).
 *
 * What a page holds back while it settles shows after a fixed time whatever happens (src/lib/settling.ts), for
 * a page whose app never comes: a CSS animation on the document's timeline. Measured here is what the app does
 * when it comes, so that clock stands still from the first byte until the shift is read: how busy the machine
 * is can't decide the result. The fallback's own timing has its own test, which runs the clock as it needs.
 */
export async function layoutShiftsOf(page: Page, path: string): Promise<string[]> {
  await openMeasured(page, path);
  return shiftsOnceSettled(page, path);
}

/**
 * Opens `path` with its layout shifts counted from the first byte and the fallback's clock held still, and
 * waits for the app to be ready (unless told not to: a test holding the app's code back waits itself).
 */
export async function openMeasured(page: Page, path: string, { appReady = true } = {}): Promise<void> {
  if (!observed.has(page)) await observe(page);
  await fallbackClock(page, 0);
  await page.goto(path);
  if (appReady) await waitForAppReady(page);
}

/**
 * Once the page opened by `openMeasured` has settled, by events rather than a clock (network.ts: no request in
 * flight and none started across two animation frames, so whatever the last response brought is laid out and
 * painted), the layout shifts it has recorded. The fallback's clock runs again from then on.
 */
export async function shiftsOnceSettled(page: Page, path: string): Promise<string[]> {
  await waitForAppReady(page);
  await networkSettled(page);
  const shifts = await layoutShiftsSoFar(page);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-settling')), `${path} has settled`).toBe(false);
  await fallbackClock(page, 1);
  return shifts;
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Runs the page's animations, the fallback's among them, at `rate` times their speed (0 holds them still),
 * from now on and in the documents it loads next: Chromium's DevTools control for the document timeline.
 */
export async function fallbackClock(page: Page, rate: number): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    sessions.set(page, cdp);
  }
  await cdp.send('Animation.setPlaybackRate', { playbackRate: rate });
}

/** Pages that count their shifts and requests already: an init script runs on every document the page loads. */
const observed = new WeakSet<Page>();

async function observe(page: Page) {
  observed.add(page);
  trackRequests(page);
  await countLayoutShifts(page);
}

/**
 * From the next document `page` loads on, records its layout shifts as Lighthouse counts them (none just after
 * input), each as its score, its time and what moved from where to where, for `layoutShiftsSoFar`. A shift that
 * happens once in many runs can then be found from the one failure.
 */
export async function countLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const w = window as unknown as { shifts: string[] };
    w.shifts = [];
    const name = (node: Node | null): string => {
      if (!node) return 'a node since removed';
      if (!(node instanceof Element)) return `text in ${name(node.parentElement)}`;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}>${text ? ` "${text}"` : ''}`;
    };
    const rect = ({ x, y, width, height }: DOMRectReadOnly) => `(${[x, y, width, height].map(Math.round).join(', ')})`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput || entry.value === 0) continue;
        const moved = entry.sources.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`);
        w.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ') || 'no source named'}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts the page's document has recorded so far, described (`countLayoutShifts`). */
export const layoutShiftsSoFar = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
