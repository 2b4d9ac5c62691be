import { expect, test, type Page } from '@playwright/test';
import { OFFLINE_CACHES } from '../../src/lib/offline-copy.mjs';
import { paths } from '../../src/lib/paths.ts';
import type { SpoilerSettings } from '../../src/lib/spoilers.ts';
import { cacheStorage, workerInstalled } from './service-worker.ts';
import { settled, storeSettings } from './spoiler-settings.ts';
import { hiddenAt, leaksIn, spoilerStrings } from './spoiler-strings.ts';
import { sitemapPaths } from './sitemap.ts';

// What the service worker keeps on the device (scripts/service-worker.mjs, docs/decisions/0017 and 0030). Every
// other spec blocks the worker; here it runs, and the test reads back everything it has stored.
test.use({ serviceWorkers: 'allow' });
test.skip(({ isMobile }) => !isMobile, 'what the worker stores does not depend on the width: once, at a phone’s');

const spoilers = spoilerStrings();

/**
 * The cache holds the whole offline copy, so a clean scan means something: every page of the sitemap, and the
 * public documents of the timeline, search and every character page.
 */
async function expectWholeCopy(page: Page, cached: { path: string }[]) {
  const stored = new Set(cached.map((entry) => entry.path));
  const data = new Set(cached.map((entry) => entry.path.replace(/^\/data\/[^/]+\//, '')));
  const pages = await sitemapPaths(page.request);
  expect(pages.filter((path) => !stored.has(path))).toEqual([]);
  const documents = ['timeline.json', 'search.json', ...pages.filter((path) => /^\/characters\/[^/]+\/$/.test(path)).map((path) => `${path.slice(1, -1)}.json`)];
  expect(documents.filter((file) => !data.has(file))).toEqual([]);
}

test('a new visitor at “nothing yet”: once the whole wiki is kept for offline reading, Cache Storage holds no spoiler', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(paths.home());
  await workerInstalled(page);
  await page.goto(paths.about());
  await page.getByRole('button', { name: /^Keep the wiki for offline reading/ }).click();
  await expect(page.getByText(/^The whole wiki is kept on this device/)).toBeVisible({ timeout: 30_000 });
  const cached = await cacheStorage(page);
  await expectWholeCopy(page, cached);
  const none: SpoilerSettings = { showAll: false, watched: 'none' };
  const hidden = hiddenAt(spoilers, none);
  expect(hidden.length).toBeGreaterThan(0);
  expect(leaksIn(cached, hidden)).toEqual([]);
});

test('a visitor at a Season 1 episode: after a character page, the timeline and a search, Cache Storage holds nothing beyond it', async ({ page }) => {
  test.setTimeout(60_000);
  const level: SpoilerSettings = { showAll: false, watched: 's1e4' };
  await storeSettings(page, level);
  await page.goto(paths.home());
  await workerInstalled(page);

  // Each page fetches its spoilers up to S1 · E4 through the worker, which keeps them.
  await page.goto(paths.character('nick-nelson'));
  await settled(page, level);
  await page.goto(paths.timeline());
  await settled(page, level);
  await page.goto(`${paths.search()}?q=nick`);
  await settled(page, level);
  await expect(page.getByRole('heading', { level: 2, name: /for “nick”/ })).toBeVisible();

  const cached = await cacheStorage(page);
  // The pages read are kept, and what the level fetched: the worker cached it as the pages asked.
  const pages = cached.filter((entry) => entry.cache === OFFLINE_CACHES.pages).map((entry) => entry.path);
  expect(pages).toEqual(expect.arrayContaining([paths.character('nick-nelson'), paths.timeline(), paths.search()]));
  const kept = cached.filter((entry) => /\.upto-s1e4\.json$/.test(entry.path)).map((entry) => entry.path.replace(/^\/data\/[^/]+\//, ''));
  expect(kept).toEqual(expect.arrayContaining(['characters/nick-nelson.upto-s1e4.json', 'timeline.upto-s1e4.json', 'search.upto-s1e4.json']));
  const hidden = hiddenAt(spoilers, level);
  expect(hidden.length).toBeGreaterThan(0);
  expect(leaksIn(cached, hidden)).toEqual([]);
});
