import { OFFLINE_CACHES } from '@/lib/offline-copy.mjs';

/** A page kept for offline reading: where it is, and its title as the page gives it. */
export type KeptPage = { path: string; title: string };

/** Every page kept in Cache Storage (by the worker as it was read, or by a download of the whole copy), by title. */
export async function readKeptPages(): Promise<KeptPage[]> {
  if (typeof caches === 'undefined' || !(await caches.has(OFFLINE_CACHES.pages))) return [];
  const cache = await caches.open(OFFLINE_CACHES.pages);
  const pages = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const path = new URL(request.url).pathname;
      const html = (await (await cache.match(request))?.text()) ?? '';
      return { path, title: new DOMParser().parseFromString(html, 'text/html').title || path };
    }),
  );
  return pages.sort((a, b) => a.title.localeCompare(b.title));
}
