import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir, startStaticServer } from '../../scripts/serve.mjs';
import { openHeaderMenu } from './header.ts';
import { cacheStorage, workerInstalled } from './service-worker.ts';
import { sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';

// The service worker (scripts/service-worker.mjs) is blocked in every other test; these are about it. Each
// test serves the build itself, so it can take the host away ("offline") or deploy a new version.
test.use({ serviceWorkers: 'allow' });
// What the worker caches doesn't depend on the width: once, at a phone's, as on a train.
test.skip(({ isMobile }) => !isMobile, 'once, in the phone project');


const spoilerSwitch = (page: Page) => page.getByRole('switch', { name: 'Show spoilers' });

test('after one visit the whole wiki works with the network off, spoiler settings included', async ({ page, appReady }) => {
  test.setTimeout(90_000);
  const host = await startStaticServer(0);
  const url = (path: string) => new URL(path, host.url).href;
  const characters = (await sitemapPaths(page.request)).filter((p) => /^\/characters\/[^/]+\/$/.test(p));
  try {
    await page.goto(url('/characters/nick-nelson/'));
    await workerInstalled(page);

    // With spoilers on, Nick's page fetches his spoilers: that part, and only that one, is kept beside the
    // precache. (offline-cache.spec.ts reads what every cache holds.)
    await openHeaderMenu(page);
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).not.toContainText('Charlie Spring · boyfriend');
    const cached = await cacheStorage(page);
    const kept = cached.filter((entry) => entry.cache === 'wiki-spoilers').map((entry) => entry.path);
    expect(kept).toEqual([expect.stringMatching(/\/characters\/nick-nelson\.everything\.json$/)]);
    const all = cached.map((entry) => entry.path);
    for (const path of characters) expect(all, path).toContain(`${path}index.html`);

    await host.close();
    // The host is gone: nothing reaches it except through the worker's cache.
    await expect(page.request.get(url('/'))).rejects.toThrow();

    // Another character, client-side (the switch has answered: the app is ready).
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Relationships' }).getByRole('link', { name: 'Charlie Spring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();

    // Every character, as a fresh page load.
    for (const path of characters) {
      await page.goto(url(path));
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    }

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

    // Search.
    await page.goto(url('/search/?q=charlie'));
    await expect(page.getByRole('heading', { name: /results? for “charlie”/ })).toBeVisible();
    await appReady();
    await page.getByRole('searchbox', { name: /^Search characters/ }).fill('nick');
    await expect(page.getByRole('heading', { name: /results? for “nick”/ })).toBeVisible();

    // The spoiler settings: the level is kept, and Nick's spoilers come from the cache.
    await page.goto(url('/characters/nick-nelson/'));
    await openHeaderMenu(page);
    await spoilerSwitch(page).click();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
    await page.reload();
    await expect(page.locator('main')).toContainText('Charlie Spring · boyfriend');
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
  try {
    await page.goto(new URL('/about/', host.url).href);
    await workerInstalled(page);
    await expect(prompt).toHaveCount(0);

    // The new version: the about page changed, so the worker's list names a new revision of it.
    const about = join(root, 'about', 'index.html');
    await writeFile(about, (await readFile(about, 'utf8')).replace('</body>', '<!-- version 2 --></body>'));
    const worker = join(root, 'sw.js');
    const before = await readFile(worker, 'utf8');
    const after = before.replace(/(url:"about\/index\.html",revision:")[^"]+"/, '$1version-2"');
    expect(after).not.toBe(before);
    await writeFile(worker, after);

    // The next page load finds it; it installs and waits, and the page says so without reloading itself.
    await page.reload();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    expect(await page.content()).not.toContain('version 2');

    // It asks again on the next load, while the new version waits; Reload switches to it.
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    // (While the page reloads, its content can't be read: that counts as not yet.)
    await expect.poll(() => page.content().catch(() => ''), { timeout: 15_000 }).toContain('version 2');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(prompt).toHaveCount(0);
  } finally {
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
});
