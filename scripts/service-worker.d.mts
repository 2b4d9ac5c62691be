/** Types for scripts/service-worker.mjs, which its test imports. */

/**
 * Writes `sw.js` into the built site: precaches its pages and assets and, of the data folder (`dataFolder`,
 * `/data/<version>/`), exactly the public files (`publicData`, URL paths); other data is cached once fetched.
 */
export declare function writeServiceWorker(
  outDir: string,
  data: { dataFolder: string; publicData: readonly string[] },
): Promise<{ count: number; size: number }>;
