import type { Page } from '@playwright/test';

/**
 * Resolves once the page's service worker is active and controls the page: its install, which precaches the
 * site, has finished. Waits on the worker's own events, not on a clock. Only for a test that allows workers
 * (`test.use({ serviceWorkers: 'allow' })`); the rest of the suite blocks them.
 */
export async function workerInstalled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true }));
    }
  });
}

/** Every entry in the page's Cache Storage, whatever the cache: its URL, path, cache and body as text. */
export const cacheStorage = (page: Page) =>
  page.evaluate(async () => {
    const entries: { url: string; path: string; cache: string; body: string }[] = [];
    for (const cache of await caches.keys()) {
      const store = await caches.open(cache);
      for (const request of await store.keys()) {
        const body = (await (await store.match(request))?.text()) ?? '';
        entries.push({ url: request.url, path: new URL(request.url).pathname, cache, body });
      }
    }
    return entries;
  });
