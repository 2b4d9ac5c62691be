// The service worker: written by scripts/build.mjs after every page is prerendered, so its precache list has
// them all (vite-plugin-pwa builds its list before a prerender runs). See docs/decisions/0012.
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Precaches the app shell, every prerendered page and the public data; spoilers are cached only when the
 * viewer's level fetches them, so a device's cache holds no more than its level has asked for. A new version
 * waits until the viewer accepts the "new version" prompt (src/features/updates), then takes over.
 */
export async function writeServiceWorker(outDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,json,webmanifest}'],
    globIgnores: [
      // Link previews are for chat apps, not for reading offline.
      'og/**',
      // Spoilers: see runtimeCaching.
      'data/**/*.everything.json',
      'data/**/*.upto-*.json',
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
        // A gated part: a document's spoilers at one level (src/lib/gated.ts), as `characters/nick-nelson.upto-s2e3.json`.
        // (A literal: Workbox copies this into the worker, where nothing else from this file exists.)
        urlPattern: /\/data\/[^/]+\/.+\.(?:everything|upto-s\d+e\d+)\.json$/,
        handler: 'CacheFirst',
        options: { cacheName: 'wiki-spoilers', expiration: { maxEntries: 1000 } },
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
  return { count, size };
}
