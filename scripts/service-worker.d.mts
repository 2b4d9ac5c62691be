/** Types for scripts/service-worker.mjs, which its test imports. */
import type { OfflineCopySummary } from '../src/lib/offline-copy.mjs';

/**
 * Writes the offline copy's list (each cache's URL paths, named by a hash of every file on it) and its summary,
 * `offline.json`, naming the version's `dataFolder`; `file` is where each URL's file is in `outDir`.
 */
export declare function writeOfflineCopy(
  outDir: string,
  dataFolder: string,
  byCache: Record<string, { url: string; file: string }[]>,
): Promise<OfflineCopySummary>;

/** Writes the script the worker imports to prune older versions' data as it takes over; resolves with its name. */
export declare function writePruneScript(outDir: string, dataFolder: string): Promise<string>;

/**
 * Writes `sw.js` into the built site, precaching the shell only, with the offline copy's list and summary
 * beside it: every page in `pages`, the public data files (`publicData`, URL paths in `dataFolder`,
 * `/data/<version>/`) and the avatars. Pages, data and avatars are kept as they are read.
 */
export declare function writeServiceWorker(
  outDir: string,
  site: { dataFolder: string; publicData: readonly string[]; pages: readonly string[]; avatars: readonly string[] },
): Promise<{ count: number; size: number; copy: OfflineCopySummary }>;
