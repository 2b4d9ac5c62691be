import { expect, type Page } from '@playwright/test';
import { dataUrl, type EmbeddedData } from '../../src/lib/dataset.ts';
import { OFFLINE_CACHES } from '../../src/lib/offline-copy.mjs';
import { onEveryRequest } from './received.ts';

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

/** The paths of the pages the worker (or the app) has kept for offline reading. */
export const keptPages = (page: Page) =>
  page.evaluate(async (cacheName) => {
    if (!(await caches.has(cacheName))) return [];
    return (await (await caches.open(cacheName)).keys()).map((request) => new URL(request.url).pathname);
  }, OFFLINE_CACHES.pages);

/**
 * Resolves once the page at `path` is kept for offline reading. The worker keeps a page loaded through it as
 * the page arrives, and the app keeps the first page and those it navigates to once the worker is in control;
 * the cache is their only record of it.
 */
export async function pageKept(page: Page, path: string): Promise<void> {
  await expect.poll(() => keptPages(page), { message: `${path} is kept` }).toContain(path);
}

/** The data version of the page's build, from the documents it came with. */
async function embeddedData(page: Page): Promise<EmbeddedData> {
  return JSON.parse((await page.locator('#wiki-data').textContent()) ?? '{}') as EmbeddedData;
}

/** Resolves once every one of these data files (`timeline.json`: `documentFile`) of the page’s build is kept. */
export async function documentsKept(page: Page, files: readonly string[]): Promise<void> {
  const { version } = await embeddedData(page);
  const urls = files.map((file) => dataUrl(version, file));
  expect(urls.length).toBeGreaterThan(0);
  const missing = () =>
    page.evaluate(
      async ({ urls, cacheName }) => (await Promise.all(urls.map(async (url) => ((await caches.match(url, { cacheName })) ? [] : [url])))).flat(),
      { urls, cacheName: OFFLINE_CACHES.data },
    );
  await expect.poll(missing, { message: 'the documents are kept' }).toEqual([]);
}

/**
 * Resolves once the documents the page came with are kept: the first page of a visit, loaded before the worker,
 * is kept that way (src/features/offline/keep-page.ts), and opens offline drawn from them.
 */
export async function embeddedDocumentsKept(page: Page): Promise<void> {
  await documentsKept(page, Object.keys((await embeddedData(page)).documents));
}

/**
 * Counts every byte the browser receives over the network from now on, headers included: the page's requests
 * and its service worker's, but not what the worker answered from its cache. `idle` resolves once nothing is in
 * flight. `page` is what the page itself fetched (its document, code and data); `worker` the rest.
 */
export function countBytes(page: Page) {
  const bytes = { page: 0, worker: 0 };
  const { idle } = onEveryRequest(page, async (request) => {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return;
    const { responseBodySize, responseHeadersSize } = await request.sizes();
    bytes[request.serviceWorker() ? 'worker' : 'page'] += responseBodySize + responseHeadersSize;
  });
  return { bytes, idle };
}
