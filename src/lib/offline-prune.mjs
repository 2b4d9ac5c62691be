// Pruning what older versions left in Cache Storage: run by the service worker when a new version takes over
// (scripts/service-worker.mjs writes this function's source into a script the worker imports) and by the app
// when a whole copy has been brought up to date (src/features/offline/offline-copy.ts). See docs/decisions/0035.

/**
 * Deletes every data file kept from another version: a file outside `dataFolder` (`/data/<version>/`) that no
 * whole copy kept on this device names. A copy from an older version keeps its data until the reader brings it
 * up to date or removes it; pages and avatars are left alone (their addresses outlive versions, and a page
 * read online replaces its older self). Resolves with how many files went.
 *
 * The worker runs this function's own source, so it uses nothing outside it.
 *
 * @param {CacheStorage} storage
 * @param {{ dataFolder: string, caches: { data: string, copy: string } }} options
 * @returns {Promise<number>}
 */
export async function pruneOlderVersions(storage, { dataFolder, caches: names }) {
  if (!(await storage.has(names.data))) return 0;
  const named = new Set();
  if (await storage.has(names.copy)) {
    const copies = await storage.open(names.copy);
    for (const request of await copies.keys()) {
      try {
        const list = await (await copies.match(request)).json();
        for (const url of list[names.data] ?? []) named.add(url);
      } catch {
        // An unreadable list names nothing: its copy reads as not kept anyway.
      }
    }
  }
  const data = await storage.open(names.data);
  let pruned = 0;
  for (const request of await data.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith(dataFolder) || named.has(path)) continue;
    if (await data.delete(request)) pruned++;
  }
  return pruned;
}
