// The service worker: written by scripts/build.mjs after every page is prerendered, so its precache list has
// them all (vite-plugin-pwa builds its list before a prerender runs). See docs/decisions/0012.
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Precaches the app shell, every prerendered page and exactly the data files the build names public
 * (`publicData`, decided where the files are written: src/app/site-documents.server.ts). Anything else in the data
 * folder is a gated part, cached only when the viewer's level or a "Show" fetches it, so a device's cache holds
 * no more than its viewer has asked for. A new version waits until the viewer accepts the "new version" prompt
 * (src/features/updates), then takes over.
 *
 * @param {string} outDir the built site
 * @param {{ dataFolder: string, publicData: readonly string[] }} data `dataFolder` is the data files' URL
 *   path (`/data/<version>/`), and `publicData` the URL paths of the public ones in it.
 */
export async function writeServiceWorker(outDir, { dataFolder, publicData }) {
  const relative = (path) => path.replace(/^\//, '');
  const folder = relative(dataFolder);
  const isPublic = new Set(publicData.map(relative));
  const precached = new Set();
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,json,webmanifest}'],
    // Link previews are for chat apps, not for reading offline.
    globIgnores: ['og/**'],
    // Of the data files, only those the build named public: a file it didn't name (a new kind of gated part,
    // say) stays off the device until the viewer fetches it.
    manifestTransforms: [
      (entries) => {
        const manifest = entries.filter((entry) => !entry.url.startsWith(folder) || isPublic.has(entry.url));
        for (const entry of manifest) precached.add(entry.url);
        return { manifest, warnings: [] };
      },
    ],
    swDest: join(outDir, 'sw.js'),
    // Hashed file names and versioned data folders change with their content: no revision needed.
    dontCacheBustURLsMatching: /^(?:assets|data)\//,
    // `/characters/nick-nelson/` is `characters/nick-nelson/index.html`; a page never depends on its query
    // string (filters and searches are read by the app), so `/search/?q=nick` is the search page.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // The 100× timeline page is several megabytes; it is a page like any other.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    runtimeCaching: [
      {
        // Whatever the precache doesn't answer in the data folder is a gated part this viewer's level or a
        // "Show" asked for: kept, so it reads offline too.
        urlPattern: new RegExp(escapeRegExp(dataFolder)),
        handler: 'CacheFirst',
        options: { cacheName: 'wiki-spoilers', expiration: { maxEntries: 1000 } },
      },
      {
        // `/characters/elle-argent`, as people type and paste it: a static host redirects it to the page's one
        // address, `/characters/elle-argent/`. The worker does the same for a page it holds, so the address
        // opens offline too; anything else goes to the network as before. (Workbox copies these functions
        // into the worker as written, so they use nothing from this file.)
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !/(?:\/|\.\w+)$/.test(url.pathname),
        handler: async ({ request, url }) => {
          const page = new URL(url.href);
          page.pathname += '/';
          const held = await caches.match(`${page.pathname}index.html`, { ignoreSearch: true });
          return held ? Response.redirect(page.href, 301) : fetch(request);
        },
      },
    ],
    // The first worker controls the page that installed it, so the site works offline after one visit.
    clientsClaim: true,
    skipWaiting: false,
    // One file, no importScripts of a Workbox runtime beside it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`Service worker: ${warning}`);
  // Every public file, or the site would not read offline as it promises.
  const missing = [...isPublic].filter((url) => !precached.has(url));
  if (missing.length > 0) throw new Error(`The service worker would not precache ${missing.length} public data files, such as ${missing[0]}.`);
  return { count, size };
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
