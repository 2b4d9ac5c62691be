/** Types for src/lib/offline-copy.mjs. */
export declare const OFFLINE_CACHES: Readonly<{
  pages: 'wiki-pages';
  data: 'wiki-data';
  images: 'wiki-images';
  copy: 'wiki-offline-copy';
}>;
export declare const OFFLINE_COPY_FILE: 'offline.json';
export declare const OFFLINE_PAGE_FILE: 'offline-page.html';

export declare const KEPT_FOR_HEADER: 'X-Wiki-Kept-For';

/**
 * The summary the build writes at `OFFLINE_COPY_FILE`: how many files a whole offline copy holds, their bytes
 * as served, the address of their list (URL paths by cache), which changes when any of them does, and the
 * version's data folder (`/data/<version>/`).
 */
export type OfflineCopySummary = { files: number; bytes: number; list: string; dataFolder: string };
