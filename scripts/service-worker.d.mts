/** Types for scripts/service-worker.mjs, which its test imports. */
import type { OfflineCopySummary } from '../src/lib/offline-copy.mjs';

/**
 * Writes `sw.js` into the built site, precaching the shell only, with the offline copy's list and summary
 * beside it: every page in `pages`, the public data files (`publicData`, URL paths in `dataFolder`,
 * `/data/<version>/`) and the avatars. Pages, data and avatars are kept as they are read.
 */
export declare function writeServiceWorker(
  outDir: string,
  site: { dataFolder: string; publicData: readonly string[]; pages: readonly string[]; avatars: readonly string[] },
): Promise<{ count: number; size: number; copy: OfflineCopySummary }>;
