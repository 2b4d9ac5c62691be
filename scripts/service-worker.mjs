// The service worker: written by scripts/build.mjs last, over the finished site. See docs/decisions/0012, 0017
// and 0030.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHES, OFFLINE_COPY_FILE, OFFLINE_PAGE_FILE } from '../src/lib/offline-copy.mjs';
import { pruneOlderVersions } from '../src/lib/offline-prune.mjs';

/**
 * The shell: what every page needs whatever the content, and no more. The code of every route (all of it
 * together is about a sixth of the entry chunk, and it doesn't grow with the content), the stylesheet, the
 * font, the icons and the web app manifest; the offline page (`OFFLINE_PAGE_FILE`), the answer for a page whose
 * HTML isn't kept, which the app draws as that page from kept documents or as a list of what is kept; and the
 * summary of the offline copy. (Not 404.html: online, the host answers an unknown address with it; offline, the
 * offline page does, and the app says "Page not found" there.)
 */
const SHELL = ['assets/**/*.{js,css,woff2}', 'icons/*.png', '*.{svg,webmanifest}', OFFLINE_PAGE_FILE, OFFLINE_COPY_FILE];

/**
 * Writes `sw.js` into the built site, with the offline copy's list and summary beside it.
 *
 * The worker precaches the shell only. Pages and their data are kept as they are read: a page's HTML when it
 * is loaded (and when the app has navigated to it: src/features/offline/keep-page.ts), each data file and
 * avatar when a page fetches it. Gated parts travel only when the viewer's level or a "Show" asks for them, so
 * the device keeps no more than its viewer asked for. "Keep the wiki for offline reading" fetches the whole
 * copy's list: every page, exactly the data files the build names public (`publicData`, decided where the files
 * are written: src/app/site-documents.server.ts), and the avatars. A new version waits until the viewer
 * accepts the "new version" prompt (src/features/updates), then takes over, and prunes the data files older
 * versions left that no kept copy names (`writePruneScript`, docs/decisions/0035).
 *
 * @param {string} outDir the built site
 * @param {{ dataFolder: string, publicData: readonly string[], pages: readonly string[], avatars: readonly string[] }} site
 *   `dataFolder` is the data files' URL path (`/data/<version>/`), `publicData` the URL paths of the public
 *   ones in it, `pages` every page's path (`/characters/nick-nelson/`) and `avatars` the avatars' URL paths.
 */
export async function writeServiceWorker(outDir, { dataFolder, publicData, pages, avatars }) {
  const copy = await writeOfflineCopy(outDir, dataFolder, {
    [OFFLINE_CACHES.pages]: pages.map((url) => ({ url, file: join(url, 'index.html') })),
    [OFFLINE_CACHES.data]: publicData.map((url) => ({ url, file: url })),
    [OFFLINE_CACHES.images]: avatars.map((url) => ({ url, file: url })),
  });
  const avatarFolders = [...new Set(avatars.map((url) => url.slice(0, url.lastIndexOf('/') + 1)))];
  const prune = await writePruneScript(outDir, dataFolder);
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: SHELL,
    importScripts: [prune],
    swDest: join(outDir, 'sw.js'),
    // Hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    runtimeCaching: [
      {
        // The data folder is versioned by its content, so a file in it never changes: kept once fetched, public
        // documents and the gated parts this viewer's level or a "Show" asked for alike.
        urlPattern: new RegExp(escapeRegExp(dataFolder)),
        handler: 'CacheFirst',
        options: { cacheName: OFFLINE_CACHES.data },
      },
      ...avatarFolders.map((folder) => ({
        // Avatars keep their names across versions: kept once shown, refreshed when shown online.
        urlPattern: new RegExp(escapeRegExp(folder)),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: OFFLINE_CACHES.images },
      })),
      {
        // `/characters/elle-argent`, as people type and paste it: a static host redirects it to the page's one
        // address, `/characters/elle-argent/`. The worker does the same for a page it holds, so the address
        // opens offline too; anything else goes to the network as before. (Workbox copies these functions
        // into the worker as written, so they use nothing from this file.)
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !/(?:\/|\.\w+)$/.test(url.pathname),
        handler: async ({ request, url }) => {
          const page = new URL(url.href);
          page.pathname += '/';
          const held = await caches.match(page.pathname, { ignoreSearch: true });
          return held ? Response.redirect(page.href, 301) : fetch(request);
        },
      },
      {
        // Every page is a folder: `/characters/nick-nelson/` is `characters/nick-nelson/index.html`. From the
        // network when it answers (so a new deploy's page is read as soon as it is there), kept as it passes,
        // and from the cache when the network is gone or silent for 5 s. A page never depends on its query
        // string (filters and searches are read by the app), so one entry serves `/search/?q=nick` and
        // `/search/`. A page neither answers is answered with the offline page, which has no content of its own:
        // the app draws the page there from kept documents, or says it isn't kept and lists what is. Online, an
        // unknown path still gets the host's 404.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHES.pages,
          networkTimeoutSeconds: 5,
          precacheFallback: { fallbackURL: OFFLINE_PAGE_FILE },
          plugins: [
            {
              cacheKeyWillBeUsed: async ({ request }) => {
                const url = new URL(request.url);
                url.search = '';
                return url.href;
              },
            },
          ],
        },
      },
    ],
    // The first worker controls the page that installed it, so the page read first is kept too.
    clientsClaim: true,
    skipWaiting: false,
    // One file, no importScripts of a Workbox runtime beside it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`Service worker: ${warning}`);
  return { count, size, copy };
}

/**
 * The script the worker imports to prune, when it takes over, the data files of older versions
 * (`pruneOlderVersions`, src/lib/offline-prune.mjs, with this version's data folder). Its name is its content's
 * hash, so the worker's own file changes with it and the browser fetches it anew.
 *
 * @param {string} outDir
 * @param {string} dataFolder
 * @returns {Promise<string>} the script's name, beside `sw.js`
 */
export async function writePruneScript(outDir, dataFolder) {
  const options = { dataFolder, caches: { data: OFFLINE_CACHES.data, copy: OFFLINE_CACHES.copy } };
  const script = [
    '// Written by scripts/service-worker.mjs: prunes what older versions left, as this one takes over (docs/decisions/0035).',
    `${pruneOlderVersions}`,
    // Within the activation, so the browser can't stop the worker halfway: pages wait for it, once per version.
    // Storage that throws prunes nothing and stops nothing.
    `self.addEventListener('activate', (event) => event.waitUntil(pruneOlderVersions(caches, ${JSON.stringify(options)}).catch(() => 0)));`,
    '',
  ].join('\n');
  const name = `sw-prune.${createHash('sha256').update(script).digest('hex').slice(0, 12)}.js`;
  await writeFile(join(outDir, name), script);
  return name;
}

/**
 * The offline copy, for "Keep the wiki for offline reading": its list (each cache's URL paths, so the app puts
 * each file where the worker looks for it), named by a hash of every file on it so a copy kept from an earlier
 * version reads as not kept; and a summary of a few bytes the About page reads, with the list's address, how
 * many files it names and their size as served, and the data folder (what a copy brought up to date prunes
 * besides).
 *
 * @param {string} outDir
 * @param {string} dataFolder
 * @param {Record<string, { url: string, file: string }[]>} byCache
 */
export async function writeOfflineCopy(outDir, dataFolder, byCache) {
  const hash = createHash('sha256');
  const list = {};
  let files = 0;
  let bytes = 0;
  for (const [cacheName, entries] of Object.entries(byCache)) {
    list[cacheName] = entries.map(({ url }) => url);
    for (const { url, file } of entries) {
      const body = await readFile(join(outDir, file));
      hash.update(url).update('\0').update(body);
      bytes += body.length;
      files++;
    }
  }
  const name = `offline-files.${hash.digest('hex').slice(0, 12)}.json`;
  await writeFile(join(outDir, name), JSON.stringify(list));
  const summary = { files, bytes, list: `/${name}`, dataFolder };
  await writeFile(join(outDir, OFFLINE_COPY_FILE), JSON.stringify(summary));
  return summary;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
