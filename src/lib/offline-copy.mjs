// What the service worker keeps, by name: written once here, for the worker's build (scripts/service-worker.mjs)
// and for the app that reads what it kept (src/features/offline/). Plain JavaScript, so the build's Node script
// and the app share it, as with storage-keys.mjs. See docs/decisions/0030.

/**
 * The caches pages fill as they are read, or "Keep the wiki for offline reading" fills at once: `pages` the
 * HTML (one entry per page, whatever its query), `data` the data folder's files a page fetched (public
 * documents and, at the viewer's level, gated parts), `images` the avatars. `copy` holds the list of a whole
 * copy once every file on it is kept: its presence is what "kept" means.
 */
export const OFFLINE_CACHES = Object.freeze({
  pages: 'wiki-pages',
  data: 'wiki-data',
  images: 'wiki-images',
  copy: 'wiki-offline-copy',
});

/** The build's summary of the whole offline copy, at the site's root: `{ files, bytes, list, dataFolder }`. */
export const OFFLINE_COPY_FILE = 'offline.json';

/**
 * The page the worker answers with, offline, for a page it holds no HTML for, at the site's root: the app
 * draws that page there from kept documents, or says it isn't kept. Empty until the app draws (docs/decisions/0035).
 */
export const OFFLINE_PAGE_FILE = 'offline-page.html';

/**
 * The header a page or an avatar carries when the whole copy kept it: the copy's list, so bringing a copy up to
 * date fetches again what was kept for an older one (their addresses outlive versions; a data file's doesn't).
 */
export const KEPT_FOR_HEADER = 'X-Wiki-Kept-For';
