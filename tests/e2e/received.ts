import { expect, type Page, type Request } from '@playwright/test';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';

/**
 * The levels at which the browser's visits also check every byte it receives: nothing yet, halfway through
 * Season 1, the end of Season 1, and halfway through Season 2. The leak scan (spoilers.spec.ts) does it on the
 * pages it visits at those levels; delivery.spec.ts visits the whole site at any it doesn't scan. What every data
 * file holds, at every level, is checked without a browser (tests/data/data-files.test.ts).
 */
export const WIRE_LEVELS: SpoilerSettings[] = ['none', 's1e4', 's1e8', 's2e3'].map((watched) => ({ showAll: false, watched }));

export const isWireLevel = (settings: SpoilerSettings) =>
  WIRE_LEVELS.some((level) => level.showAll === settings.showAll && level.watched === settings.watched);

export type Received = {
  /**
   * Every body the browser has received so far, as text: documents, scripts, styles and data files, whether
   * the page or its service worker asked (`byWorker`: the worker's own fetches, such as its precache).
   */
  received: { url: string; body: string; byWorker: boolean }[];
  /** Resolves once no request is in flight and every body received has been read. */
  idle: () => Promise<void>;
};

/**
 * Runs `read` on every request the page's browser finishes from now on: the page's requests and, where the test
 * allows a service worker, the worker's (they are the context's, not the page's). `idle` resolves once no
 * request is in flight and every `read` has ended.
 */
export function onEveryRequest(page: Page, read: (request: Request) => Promise<void>): { idle: () => Promise<void> } {
  let inFlight = 0;
  const reading = new Set<Promise<void>>();
  const context = page.context();
  context.on('request', () => void inFlight++);
  context.on('requestfailed', () => void inFlight--);
  context.on('requestfinished', (request) => {
    inFlight--;
    const done = read(request);
    reading.add(done);
    void done.finally(() => reading.delete(done));
  });
  const idle = async () => {
    await expect.poll(() => inFlight, { message: 'requests still in flight' }).toBe(0);
    await Promise.all(reading);
  };
  return { idle };
}

/** Records every body the page's browser receives, from now on, the worker's included (`onEveryRequest`). */
export function recordBodies(page: Page): Received {
  const received: Received['received'] = [];
  const { idle } = onEveryRequest(page, async (request) => {
    try {
      const response = await request.response();
      if (response) received.push({ url: response.url(), body: (await response.body()).toString('utf8'), byWorker: request.serviceWorker() !== null });
    } catch {
      // Redirects have no body.
    }
  });
  return { received, idle };
}
