// @vitest-environment node
// The worker is written by the build with Workbox; here it is written over a site in miniature and read back.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from './service-worker.mjs';

// A site in miniature: a page, a script, and a data folder holding a public document beside gated parts of
// every kind, including one whose name no code knows yet.
const files = {
  'index.html': '<!doctype html><title>Home</title>',
  'assets/index-abc.js': 'console.log(1)',
  'data/v1/characters/nick.json': '{}',
  'data/v1/characters/nick.upto-s1e1.json': '{}',
  'data/v1/characters/nick.list-details.json': '{}',
  'data/v1/characters/nick.some-new-kind-of-part.json': '{}',
};

describe('the service worker', () => {
  let outDir: string;
  let worker: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'wiki-sw-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await writeFile(join(outDir, path), text);
    }
    await writeServiceWorker(outDir, { dataFolder: '/data/v1/', publicData: ['/data/v1/characters/nick.json'] });
    worker = await readFile(join(outDir, 'sw.js'), 'utf8');
  }, 60_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  const precached = () => [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();

  it('precaches the pages, the scripts and exactly the data files the build names public', () => {
    expect(precached()).toEqual(['assets/index-abc.js', 'data/v1/characters/nick.json', 'index.html']);
  });

  it('refuses to leave out a public data file', async () => {
    await expect(
      writeServiceWorker(outDir, { dataFolder: '/data/v1/', publicData: ['/data/v1/characters/nick.json', '/data/v1/missing.json'] }),
    ).rejects.toThrow('would not precache 1 public data files, such as data/v1/missing.json');
  }, 60_000);
});
