import { OFFLINE_CACHES, type OfflineCopySummary } from '@/lib/offline-copy.mjs';
import { paths } from '@/lib/paths.ts';

/**
 * What the service worker (scripts/service-worker.mjs, docs/decisions/0030) has kept, read from Cache Storage,
 * and "Keep the wiki for offline reading". The worker keeps pages as they are read; the whole copy is kept
 * only when the reader asks.
 */

/** A browser that can keep pages: a service worker to answer for them and Cache Storage to hold them. */
export const canKeepOffline = (): boolean => 'serviceWorker' in navigator && typeof caches !== 'undefined';

function isSummary(value: unknown): value is OfflineCopySummary {
  const summary = value as Partial<OfflineCopySummary> | null;
  return typeof summary?.files === 'number' && typeof summary.bytes === 'number' && typeof summary.list === 'string';
}

/** The build's summary of the whole copy (how many files, how many bytes, where its list is), and whether it is kept. */
export async function readOfflineCopy(): Promise<{ summary: OfflineCopySummary; kept: boolean }> {
  const response = await fetch(paths.offlineCopy());
  const summary: unknown = response.ok ? await response.json() : null;
  if (!isSummary(summary)) throw new Error(`${paths.offlineCopy()} answered ${response.status} without a summary`);
  // The list is named by a hash of every file on it: a copy kept from an earlier version isn't this one.
  const kept = (await caches.match(summary.list, { cacheName: OFFLINE_CACHES.copy })) !== undefined;
  return { summary, kept };
}

/** The copy's files by the cache each belongs in (the worker's caches: pages, data and images). */
type OfflineCopyList = Record<string, string[]>;

/** How far a download has come: `done` files of `total` are kept. */
export type KeepProgress = { done: number; total: number };

/** The files a download couldn't keep: the network or the storage failed them. */
export class KeepIncompleteError extends Error {
  readonly missing: number;

  constructor(missing: number, total: number) {
    super(`${missing} of ${total} files could not be kept`);
    this.name = 'KeepIncompleteError';
    this.missing = missing;
  }
}

/** Files fetched at once: enough to keep the connection busy, few enough to leave the page room. */
const AT_ONCE = 6;

/**
 * Keeps every file of the copy, skipping those already kept, and reports progress as each arrives. The page
 * writes each file into the cache the worker reads it from and waits for the write, so "kept" is never said
 * early; when every file is there, the list itself is kept, which is what "kept" means. A second run after a
 * failure fetches only what is still missing.
 */
export async function keepOfflineCopy(summary: OfflineCopySummary, onProgress: (progress: KeepProgress) => void): Promise<void> {
  // Under Save-Data a visit doesn't install the worker (src/app/service-worker-registration.ts): it must answer
  // for the copy once it is kept.
  await navigator.serviceWorker.register(paths.serviceWorker());
  const response = await fetch(summary.list);
  if (!response.ok) throw new KeepIncompleteError(summary.files, summary.files);
  const list = (await response.json()) as OfflineCopyList;
  const files = Object.entries(list).flatMap(([cacheName, urls]) => urls.map((url) => ({ cacheName, url })));
  const total = files.length;
  let done = 0;
  let missing = 0;
  onProgress({ done, total });
  const keepNext = async (): Promise<void> => {
    for (let file = files.pop(); file; file = files.pop()) {
      try {
        const cache = await caches.open(file.cacheName);
        if (!(await cache.match(file.url))) await cache.add(file.url);
        onProgress({ done: ++done, total });
      } catch {
        missing++;
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, keepNext));
  if (missing > 0) throw new KeepIncompleteError(missing, total);
  await (await caches.open(OFFLINE_CACHES.copy)).put(summary.list, new Response(JSON.stringify(list)));
}
