// @vitest-environment node
// The worker is written by the build with Workbox; here it is written over a site in miniature and read back.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_CACHES, OFFLINE_COPY_FILE, OFFLINE_PAGE_FILE, type OfflineCopySummary } from '../src/lib/offline-copy.mjs';
import { writeOfflineCopy, writeServiceWorker } from './service-worker.mjs';

// A site in miniature: two pages, the not-found page, the app's code, style, font and icons, an avatar, a link
// preview, and a data folder holding a public document beside gated parts of every kind, including one whose
// name no code knows yet.
const files = {
  'index.html': '<!doctype html><title>Home</title>',
  'characters/nick/index.html': '<!doctype html><title>Nick</title>',
  '404.html': '<!doctype html><title>Not found</title>',
  [OFFLINE_PAGE_FILE]: '<!doctype html><title>Wiki</title>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/about-route-def.js': 'console.log(2)',
  'assets/style-123.css': 'body{}',
  'assets/font-456.woff2': 'font',
  'icons/icon-192.png': 'png',
  'favicon.svg': '<svg/>',
  'manifest.webmanifest': '{}',
  'avatars/nick.svg': '<svg>N</svg>',
  'og/home.png': 'png',
  'data/v1/characters/nick.json': '{"name":"Nick"}',
  'data/v1/characters/nick.upto-s1e1.json': '{}',
  'data/v1/characters/nick.list-details.json': '{}',
  'data/v1/characters/nick.some-new-kind-of-part.json': '{}',
};
const site = {
  dataFolder: '/data/v1/',
  publicData: ['/data/v1/characters/nick.json'],
  pages: ['/', '/characters/nick/'],
  avatars: ['/avatars/nick.svg'],
};

describe('the service worker', () => {
  let outDir: string;
  let worker: string;
  let summary: OfflineCopySummary;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'wiki-sw-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await writeFile(join(outDir, path), text);
    }
    await writeServiceWorker(outDir, site);
    worker = await readFile(join(outDir, 'sw.js'), 'utf8');
    summary = JSON.parse(await readFile(join(outDir, OFFLINE_COPY_FILE), 'utf8')) as OfflineCopySummary;
  }, 60_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  const precached = () => [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();

  it('precaches the shell only: code, style, font, icons, the manifest, the offline page and the copy’s summary', () => {
    expect(precached()).toEqual(
      ['assets/about-route-def.js', 'assets/font-456.woff2', 'assets/index-abc.js', 'assets/style-123.css', 'favicon.svg', 'icons/icon-192.png', 'manifest.webmanifest', OFFLINE_PAGE_FILE, OFFLINE_COPY_FILE].sort(),
    );
  });

  it('lists every page, exactly the data files the build names public, and the avatars for the offline copy, each in its cache', async () => {
    const list = JSON.parse(await readFile(join(outDir, summary.list), 'utf8')) as Record<string, string[]>;
    expect(list).toEqual({ [OFFLINE_CACHES.pages]: site.pages, [OFFLINE_CACHES.data]: site.publicData, [OFFLINE_CACHES.images]: site.avatars });
    const served = ['index.html', 'characters/nick/index.html', 'data/v1/characters/nick.json', 'avatars/nick.svg'];
    expect(summary.files).toBe(served.length);
    expect(summary.bytes).toBe(served.reduce((sum, path) => sum + Buffer.byteLength(files[path as keyof typeof files]), 0));
  });

  it('names the list anew when a file on it changes, so a copy kept from an earlier version isn’t taken for this one', async () => {
    const copy = { [OFFLINE_CACHES.pages]: [{ url: '/characters/nick/', file: 'characters/nick/index.html' }] };
    const before = await writeOfflineCopy(outDir, copy);
    expect((await writeOfflineCopy(outDir, copy)).list).toBe(before.list);
    await writeFile(join(outDir, 'characters/nick/index.html'), '<!doctype html><title>Nick, again</title>');
    expect((await writeOfflineCopy(outDir, copy)).list).not.toBe(before.list);
  });
});
