import type { Dataset } from './schema.server.ts';

/**
 * Build time: `build` runs once per dataset, however many pages ask. The build asks for every character's and
 * every person's page from the same dataset.
 */
export function oncePerDataset<T>(build: (data: Dataset) => T): (data: Dataset) => T {
  const built = new WeakMap<Dataset, T>();
  return (data) => {
    if (!built.has(data)) built.set(data, build(data));
    return built.get(data) as T;
  };
}

/** Items under each of their keys, in the items' order: a quote under each character it is about. */
export function groupedBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): (key: string) => T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return (key) => map.get(key) ?? [];
}
