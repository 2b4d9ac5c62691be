/** Types for src/lib/offline-copy.mjs. */
export declare const OFFLINE_CACHES: Readonly<{
  pages: 'wiki-pages';
  data: 'wiki-data';
  images: 'wiki-images';
  copy: 'wiki-offline-copy';
}>;
export declare const OFFLINE_COPY_FILE: 'offline.json';
export declare const OFFLINE_PAGE_FILE: 'offline-page.html';

/**
 * The summary the build writes at `OFFLINE_COPY_FILE`: how many files a whole offline copy holds, their bytes
 * as served, and the address of their list (a JSON array of URL paths), which changes when any of them does.
 */
export type OfflineCopySummary = { files: number; bytes: number; list: string };
