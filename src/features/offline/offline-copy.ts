import { KEPT_FOR_HEADER, OFFLINE_CACHES, type OfflineCopySummary } from '@/lib/offline-copy.mjs';
import { pruneOlderVersions } from '@/lib/offline-prune.mjs';
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
  return (
    typeof summary?.files === 'number' &&
    typeof summary.bytes === 'number' &&
    typeof summary.list === 'string' &&
    typeof summary.dataFolder === 'string'
  );
}

/**
 * Whether this device holds the whole copy: this version's (`current`), one kept from an earlier version and
 * not yet brought up to date (`older`), or neither.
 */
export type CopyKept = 'current' | 'older' | 'none';

/** The build's summary of the whole copy (how many files, how many bytes, where its list is), and what is kept. */
export async function readOfflineCopy(): Promise<{ summary: OfflineCopySummary; kept: CopyKept }> {
  const response = await fetch(paths.offlineCopy());
  const summary: unknown = response.ok ? await response.json() : null;
  if (!isSummary(summary)) throw new Error(`${paths.offlineCopy()} answered ${response.status} without a summary`);
  // The list is named by a hash of every file on it: a copy kept from an earlier version isn't this one.
  if (!(await caches.has(OFFLINE_CACHES.copy))) return { summary, kept: 'none' };
  const lists = (await (await caches.open(OFFLINE_CACHES.copy)).keys()).map((request) => new URL(request.url).pathname);
  return { summary, kept: lists.includes(summary.list) ? 'current' : lists.length > 0 ? 'older' : 'none' };
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
 * Whether a file of the copy is kept already: a data file once it is there (its address names its version), a
 * page or an avatar only if this copy kept it (theirs outlive versions, so one kept earlier may be older).
 */
async function isKept(cache: Cache, cacheName: string, url: string, list: string): Promise<boolean> {
  const kept = await cache.match(url);
  return kept !== undefined && (cacheName === OFFLINE_CACHES.data || kept.headers.get(KEPT_FOR_HEADER) === list);
}

/** Fetches a file of the copy and keeps it, marked as this copy's; a failure throws. */
async function keepFile(cache: Cache, url: string, list: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new TypeError(`${url}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(KEPT_FOR_HEADER, list);
  await cache.put(url, new Response(response.body, { status: response.status, statusText: response.statusText, headers }));
}

/**
 * Keeps every file of the copy, skipping those already kept, and reports progress as each arrives. The page
 * writes each file into the cache the worker reads it from and waits for the write, so "kept" is never said
 * early; when every file is there, the list itself is kept, which is what "kept" means. A second run after a
 * failure fetches only what is still missing. A copy brought up to date replaces the older one: its list goes,
 * and with it the older data files it kept (`pruneOlderVersions`).
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
        if (!(await isKept(cache, file.cacheName, file.url, summary.list))) await keepFile(cache, file.url, summary.list);
        onProgress({ done: ++done, total });
      } catch {
        missing++;
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, keepNext));
  if (missing > 0) throw new KeepIncompleteError(missing, total);
  const copies = await caches.open(OFFLINE_CACHES.copy);
  await copies.put(summary.list, new Response(JSON.stringify(list)));
  try {
    for (const older of await copies.keys()) if (new URL(older.url).pathname !== summary.list) await copies.delete(older);
    await pruneOlderVersions(caches, { dataFolder: summary.dataFolder, caches: OFFLINE_CACHES });
  } catch {
    // The copy is kept; what the older one left goes when the next version takes over.
  }
}

/**
 * Removes everything kept for reading offline: the whole copy and the pages, data and avatars kept as they were
 * read (one cache holds both: a page read is a page of the copy). The shell stays, so the worker goes on
 * answering and the wiki opens as quickly; pages read from now on are kept again. Throws if the browser won't.
 */
export async function removeOfflineCopy(): Promise<void> {
  // The list first: from here on the copy reads as not kept, even if the rest fails halfway.
  for (const name of [OFFLINE_CACHES.copy, OFFLINE_CACHES.pages, OFFLINE_CACHES.data, OFFLINE_CACHES.images]) await caches.delete(name);
}
