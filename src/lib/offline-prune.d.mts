/** Types for src/lib/offline-prune.mjs. */
export declare function pruneOlderVersions(
  storage: CacheStorage,
  options: { dataFolder: string; caches: { data: string; copy: string } },
): Promise<number>;
