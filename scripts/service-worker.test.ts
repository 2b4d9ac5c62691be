// @vitest-environment node
// The worker is written by the build with Workbox; here it is written over a site in miniature and read back.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_CACHES, OFFLINE_COPY_FILE, OFFLINE_PAGE_FILE, type OfflineCopySummary } from '../src/lib/offline-copy.mjs';
import { pruneOlderVersions } from '../src/lib/offline-prune.mjs';
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
    expect(summary.dataFolder).toBe(site.dataFolder);
    expect(summary.bytes).toBe(served.reduce((sum, path) => sum + Buffer.byteLength(files[path as keyof typeof files]), 0));
  });

  it('names the list anew when a file on it changes, so a copy kept from an earlier version isn’t taken for this one', async () => {
    const copy = { [OFFLINE_CACHES.pages]: [{ url: '/characters/nick/', file: 'characters/nick/index.html' }] };
    const before = await writeOfflineCopy(outDir, site.dataFolder, copy);
    expect((await writeOfflineCopy(outDir, site.dataFolder, copy)).list).toBe(before.list);
    await writeFile(join(outDir, 'characters/nick/index.html'), '<!doctype html><title>Nick, again</title>');
    expect((await writeOfflineCopy(outDir, site.dataFolder, copy)).list).not.toBe(before.list);
  });
});

/** Cache Storage in memory, as much of it as pruning uses: caches by name, entries by URL path. */
function memoryCaches(contents: Record<string, Record<string, string>>) {
  const stores = new Map(Object.entries(contents).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  const path = (request: Request | string) => new URL(typeof request === 'string' ? request : request.url, 'https://wiki.example').pathname;
  const storage = {
    has: async (name: string) => stores.has(name),
    open: async (name: string) => {
      const store = stores.get(name) ?? stores.set(name, new Map()).get(name)!;
      return {
        keys: async () => [...store.keys()].map((url) => new Request(new URL(url, 'https://wiki.example'))),
        match: async (request: Request | string) => (store.has(path(request)) ? new Response(store.get(path(request))) : undefined),
        delete: async (request: Request | string) => store.delete(path(request)),
      };
    },
  };
  const kept = () => Object.fromEntries([...stores].map(([name, store]) => [name, [...store.keys()].sort()]));
  return { storage: storage as unknown as CacheStorage, kept };
}

const names = { data: OFFLINE_CACHES.data, copy: OFFLINE_CACHES.copy };

describe('pruning what older versions left', () => {
  it('deletes the data files of other versions, keeps this version’s (gated parts too), and leaves pages alone', async () => {
    const { storage, kept } = memoryCaches({
      [OFFLINE_CACHES.data]: { '/data/v1/home.json': '{}', '/data/v1/home.upto-s1e1.json': '{}', '/data/v2/home.json': '{}', '/data/v2/characters/nick.everything.json': '{}' },
      [OFFLINE_CACHES.pages]: { '/': 'home', '/about/': 'about' },
    });
    expect(await pruneOlderVersions(storage, { dataFolder: '/data/v2/', caches: names })).toBe(2);
    expect(kept()).toEqual({
      [OFFLINE_CACHES.data]: ['/data/v2/characters/nick.everything.json', '/data/v2/home.json'],
      [OFFLINE_CACHES.pages]: ['/', '/about/'],
    });
  });

  it('keeps the data of a whole copy kept from an older version, until that copy is no longer kept', async () => {
    const olderCopy = JSON.stringify({ [OFFLINE_CACHES.pages]: ['/'], [OFFLINE_CACHES.data]: ['/data/v1/home.json'] });
    const { storage, kept } = memoryCaches({
      [OFFLINE_CACHES.data]: { '/data/v1/home.json': '{}', '/data/v1/home.upto-s1e1.json': '{}', '/data/v2/home.json': '{}' },
      [OFFLINE_CACHES.copy]: { '/offline-files.v1.json': olderCopy, '/offline-files.broken.json': 'not json' },
    });
    expect(await pruneOlderVersions(storage, { dataFolder: '/data/v2/', caches: names })).toBe(1);
    expect(kept()[OFFLINE_CACHES.data]).toEqual(['/data/v1/home.json', '/data/v2/home.json']);
  });

  it('has nothing to do on a device that kept nothing', async () => {
    const { storage, kept } = memoryCaches({});
    expect(await pruneOlderVersions(storage, { dataFolder: '/data/v2/', caches: names })).toBe(0);
    expect(kept()).toEqual({});
  });

  it('runs in the worker as it takes over, with this version’s data folder', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'wiki-sw-prune-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(outDir, path)), { recursive: true });
        await writeFile(join(outDir, path), text);
      }
      await writeServiceWorker(outDir, site);
      const worker = await readFile(join(outDir, 'sw.js'), 'utf8');
      const imported = /importScripts\("([^"]+)"\)/.exec(worker)?.[1];
      expect(imported).toMatch(/^sw-prune\.\w+\.js$/);

      // The imported script, run as the worker runs it: it listens for `activate` and holds it until pruned.
      const { storage, kept } = memoryCaches({ [OFFLINE_CACHES.data]: { '/data/v0/home.json': '{}', '/data/v1/characters/nick.json': '{}' } });
      const listeners = new Map<string, (event: unknown) => void>();
      const self = { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener) };
      new Function('self', 'caches', await readFile(join(outDir, imported!), 'utf8'))(self, storage);
      let activation: Promise<unknown> | undefined;
      listeners.get('activate')!({ waitUntil: (promise: Promise<unknown>) => (activation = promise) });
      expect(await activation).toBe(1);
      expect(kept()[OFFLINE_CACHES.data]).toEqual(['/data/v1/characters/nick.json']);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
