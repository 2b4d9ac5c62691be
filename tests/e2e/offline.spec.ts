import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir, startStaticServer } from '../../scripts/serve.mjs';
import { documentFile, documents } from '../../src/lib/dataset.ts';
import { OFFLINE_CACHES, OFFLINE_PAGE_FILE } from '../../src/lib/offline-copy.mjs';
import { openHeaderMenu } from './header.ts';
import { cacheStorage, countBytes, documentsKept, embeddedDocumentsKept, keptPages, pageKept, workerInstalled } from './service-worker.ts';
import { firstOfKind, sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';

// The service worker (scripts/service-worker.mjs, docs/decisions/0030) is blocked in every other test; these are
// about it. Each test serves a build itself, so it can take the host away ("offline") or deploy a new version.
test.use({ serviceWorkers: 'allow' });
// What the worker caches doesn't depend on the width: once, at a phone's, as on a train.
test.skip(({ isMobile }) => !isMobile, 'once, in the phone project');

const spoilerSwitch = (page: Page) => page.getByRole('switch', { name: 'Show spoilers' });

/** The bytes of the shell a build's worker precaches, as served: the files its precache list names. */
async function shellBytes(root: string): Promise<number> {
  const worker = await readFile(join(root, 'sw.js'), 'utf8');
  const files = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => join(root, m[1]!));
  expect(files.length).toBeGreaterThan(0);
  return (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
}

// The same number at 1× and at 100×: what a visit costs doesn't grow with the wiki.
for (const [scale, root] of [['1×', distDir], ['100×', join(distDir, '..', '.bench', 'dist-100x')]] as const) {
  test(`at ${scale}, one visit to the home page downloads the shell and that page, and less than 100 KB besides`, async ({ page }) => {
    const host = await startStaticServer(0, root);
    try {
      const received = countBytes(page);
      await page.goto(new URL('/', host.url).href);
      // Installed: the worker's precache has finished, and it fetches nothing more on its own.
      await workerInstalled(page);
      await received.idle();
      const { page: pageBytes, worker: workerBytes } = received.bytes;
      expect(pageBytes).toBeGreaterThan(0);
      expect(workerBytes).toBeGreaterThan(0);
      expect(pageBytes + workerBytes, `${pageBytes} B by the page and ${workerBytes} B by its worker`).toBeLessThanOrEqual(
        (await shellBytes(root)) + pageBytes + 100_000,
      );
    } finally {
      await host.close();
    }
  });
}

test('the pages read open with the network off, spoiler settings included, and one not read says it isn’t kept, listing those that are', async ({ page, appReady }) => {
  test.setTimeout(90_000);
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  try {
    // The first page: loaded before the worker, so its documents are kept from it.
    await page.goto(url('/'));
    await workerInstalled(page);
    await embeddedDocumentsKept(page);
    // Nick's page, loaded through the worker: kept as it arrived.
    await page.goto(url('/characters/nick-nelson/'));
    await pageKept(page, '/characters/nick-nelson/');

    // With spoilers on, Nick's page fetches his spoilers: that part, and only that one, is kept.
    // (offline-cache.spec.ts reads what every cache holds.)
    await openHeaderMenu(page);
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).not.toContainText('Charlie Spring · boyfriend');
    const parts = (await cacheStorage(page)).map((entry) => entry.path).filter((path) => /\.(everything|upto-\w+|list-\w+)\.json$/.test(path));
    expect(parts).toEqual([expect.stringMatching(/\/characters\/nick-nelson\.everything\.json$/)]);

    // Charlie's page, reached in the app: its data is kept as it arrives, and its page beside it.
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Relationships' }).getByRole('link', { name: 'Charlie Spring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
    await pageKept(page, '/characters/charlie-spring/');
    // The timeline and a search, loaded. The timeline's filters read its index, which the page fetches once it
    // is ready: kept once it has arrived (leaving before then would cancel it).
    await page.goto(url('/timeline/'));
    await documentsKept(page, [documentFile(documents.timeline)]);
    await page.goto(url('/search/?q=charlie'));
    await expect(page.getByRole('heading', { name: /results? for “charlie”/ })).toBeVisible();

    await host.close();
    // The host is gone: nothing reaches it except through the worker's cache.
    await expect(page.request.get(url('/'))).rejects.toThrow();

    // The first page, drawn from its kept documents.
    await page.goto(url('/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Heartstopper Season 2 at a glance' })).toBeVisible();

    // The page reached in the app opens as a page load.
    await page.goto(url('/characters/charlie-spring/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();

    // The timeline, filtered.
    await page.goto(url('/timeline/'));
    // The filters are the app's: they answer once it is ready.
    await appReady();
    const events = page.locator('main article');
    const before = await events.count();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: /^Casting/ }).check();
    await expect(page).toHaveURL(/\?category=casting$/);
    await expect.poll(() => events.count()).toBeLessThan(before);
    expect(await events.count()).toBeGreaterThan(0);

    // Search, another query than the one read.
    await page.goto(url('/search/?q=nick'));
    await expect(page.getByRole('heading', { name: /results? for “nick”/ })).toBeVisible();

    // A page never opened says it isn't kept, and links to those that are.
    await page.goto(url('/reception/'));
    await expect(page.getByRole('heading', { level: 1, name: 'This page couldn’t be loaded' })).toBeVisible();
    const kept = page.getByRole('region', { name: 'Kept on this device' });
    await expect(kept).toContainText('This page isn’t kept for reading offline');
    await expect(kept.getByRole('link', { name: /^Timeline/ })).toBeVisible();
    await kept.getByRole('link', { name: /^Nick Nelson/ }).click();

    // The spoiler settings: the level is kept, and Nick's spoilers come from the cache.
    await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
    await openHeaderMenu(page);
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
    await page.reload();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
  } finally {
    await host.close();
  }
});

test('offline, a page drawn from its kept documents paints as itself, and one not kept says so, never “Page not found” first', async ({ page, context }) => {
  // Every main heading and title the document holds, in order, from its first parse on: whatever could have been
  // painted or announced before the app drew the page.
  await context.addInitScript(() => {
    const seen = { headings: [] as string[], titles: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const note = (list: string[], text: string | null | undefined) => text && list.at(-1) !== text && list.push(text);
    new MutationObserver(() => {
      note(seen.titles, document.title);
      document.querySelectorAll('h1').forEach((heading) => note(seen.headings, heading.textContent));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: { headings: string[]; titles: string[] } }).seen);
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  try {
    // The first page of a visit: the worker holds its documents, not its HTML.
    await page.goto(url('/'));
    const home = { title: await page.title(), heading: (await page.getByRole('heading', { level: 1 }).textContent())! };
    // The offline page's own title, as neutral as the page is empty.
    const offlineTitle = /<title>([^<]*)<\/title>/.exec(await (await page.request.get(url(`/${OFFLINE_PAGE_FILE}`))).text())?.[1];
    expect(offlineTitle).not.toMatch(/not found/i);
    await workerInstalled(page);
    await embeddedDocumentsKept(page);

    await context.setOffline(true);
    await page.goto(url('/'));
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
    await expect(page).toHaveTitle(home.title);
    // Its own heading and nothing before it; no title but its own and the offline page's neutral one.
    expect((await seen()).headings).toEqual([home.heading]);
    expect((await seen()).titles.filter((title) => title !== home.title && title !== offlineTitle)).toEqual([]);

    // A page not kept: the first heading is the one that says so.
    await page.goto(url('/reception/'));
    await expect(page.getByRole('region', { name: 'Kept on this device' })).toContainText('This page isn’t kept for reading offline');
    expect((await seen()).headings).toEqual(['This page couldn’t be loaded']);
    expect((await seen()).titles.filter((title) => /not found/i.test(title))).toEqual([]);
  } finally {
    await context.setOffline(false);
    await host.close();
  }
});

test('after “Keep the wiki for offline reading”, every page opens with the network off', async ({ page }) => {
  test.setTimeout(90_000);
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  try {
    const pages = await sitemapPaths(page.request);
    await page.goto(url('/about/'));
    await page.getByRole('button', { name: /^Keep the wiki for offline reading \(about [\d.]+ MB\)$/ }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByText(/^The whole wiki is kept on this device/)).toBeVisible({ timeout: 60_000 });
    // Every page of the sitemap is kept…
    const kept = await keptPages(page);
    expect(pages.filter((path) => !kept.includes(path))).toEqual([]);

    await host.close();
    await expect(page.request.get(url('/'))).rejects.toThrow();
    // …and opens from the copy: every one-of-a-kind page, and one of each kind built from a template (the rest
    // differ from it only in their data, kept as theirs is; loading all 90 cost a minute).
    for (const path of pages.filter((p) => firstOfKind(p, pages))) {
      await page.goto(url(path));
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'This page couldn’t be loaded' }), path).toHaveCount(0);
    }
  } finally {
    await host.close();
  }
});

test('“Remove the offline copy” takes back every page and file kept, says what stays, and keeps the shell', async ({ page }) => {
  test.setTimeout(90_000);
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  const ours = new Set<string>(Object.values(OFFLINE_CACHES));
  try {
    await page.goto(url('/about/'));
    await page.getByRole('button', { name: /^Keep the wiki for offline reading/ }).click();
    await expect(page.getByText(/^The whole wiki is kept on this device/)).toBeVisible({ timeout: 60_000 });
    expect((await keptPages(page)).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Remove the offline copy' }).click();
    const note = page.getByRole('status').filter({ hasText: /^Removed the offline copy \(about [\d.]+ MB\) and the pages kept as you read/ });
    await expect(note).toBeFocused();
    await expect(note).toContainText('The app itself stays');
    const left = await cacheStorage(page);
    expect(left.filter((entry) => ours.has(entry.cache))).toEqual([]);
    // The shell stays: the worker's precache.
    expect(left.length).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^Keep the wiki for offline reading \(about [\d.]+ MB\)$/ })).toBeVisible();

    // And on the next visit it is still not kept.
    await page.reload();
    await expect(page.getByRole('button', { name: /^Keep the wiki for offline reading \(about [\d.]+ MB\)$/ })).toBeVisible();
  } finally {
    await host.close();
  }
});

test('after one visit, a page’s address without its trailing slash opens offline as it does online', async ({ page }) => {
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  const elle = page.getByRole('heading', { level: 1, name: 'Elle Argent' });
  try {
    await page.goto(url('/'));
    await workerInstalled(page);
    // Online, the host sends the address as people type and paste it to the page's one address.
    await page.goto(url('/characters/elle-argent'));
    await expect(page).toHaveURL(url('/characters/elle-argent/'));
    await expect(elle).toBeVisible();
    await pageKept(page, '/characters/elle-argent/');

    await host.close();
    await expect(page.request.get(url('/'))).rejects.toThrow();
    await page.goto(url('/characters/elle-argent'));
    await expect(page).toHaveURL(url('/characters/elle-argent/'));
    await expect(elle).toBeVisible();
  } finally {
    await host.close();
  }
});

test('a new version is offered with a prompt, and the page reloads only when asked', async ({ page }) => {
  test.setTimeout(90_000);
  // A deployed copy of the build, to deploy a new version over.
  const root = await mkdtemp(join(tmpdir(), 'wiki-deploy-'));
  await cp(distDir, root, { recursive: true });
  const host = await startStaticServer(0, root);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
  const precachedOfflinePage = () =>
    page.evaluate(async (file) => (await (await caches.match(`/${file}`, { ignoreSearch: true }))?.text()) ?? '', OFFLINE_PAGE_FILE);
  try {
    await page.goto(new URL('/about/', host.url).href);
    await workerInstalled(page);
    await expect(prompt).toHaveCount(0);
    // A data file an older version left, and one of this version's: the next version to take over prunes the first.
    const dataKept = () =>
      page.evaluate(async (cacheName) => (await (await caches.open(cacheName)).keys()).map((request) => new URL(request.url).pathname), OFFLINE_CACHES.data);
    await page.evaluate((cacheName) => caches.open(cacheName).then((cache) => cache.put('/data/older-version/episodes.json', new Response('{}'))), OFFLINE_CACHES.data);
    await expect.poll(dataKept).toContain('/data/older-version/episodes.json');
    const current = (await dataKept()).filter((path) => path !== '/data/older-version/episodes.json');
    expect(current.length).toBeGreaterThan(0);

    // The new version: the shell's offline page changed, so the worker's list names a new revision of it.
    const offlinePage = join(root, OFFLINE_PAGE_FILE);
    await writeFile(offlinePage, (await readFile(offlinePage, 'utf8')).replace('</body>', '<!-- version 2 --></body>'));
    const worker = join(root, 'sw.js');
    const before = await readFile(worker, 'utf8');
    const after = before.replace(new RegExp(`(url:"${OFFLINE_PAGE_FILE.replace('.', '\\.')}",revision:")[^"]+"`), '$1version-2"');
    expect(after).not.toBe(before);
    await writeFile(worker, after);

    // The next page load finds it; it installs and waits, and the page says so without reloading itself.
    await page.reload();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    // It asks again on the next load, while the new version waits; Reload switches to it.
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    // The new worker answers now, with its own shell (while the page reloads it can't be asked: not yet).
    await expect.poll(() => precachedOfflinePage().catch(() => ''), { timeout: 15_000 }).toContain('version 2');
    // It took over and pruned what the older version left, and nothing of this one.
    await expect.poll(() => dataKept().catch(() => []), { timeout: 15_000 }).not.toContain('/data/older-version/episodes.json');
    expect(await dataKept()).toEqual(expect.arrayContaining(current));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(prompt).toHaveCount(0);
  } finally {
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
});
