import type { CitedSource, Dataset } from './schema.server.ts';
import { seasonLengthsOf, watchPosition } from './spoilers.ts';
import { timelinePages } from './timeline-pages.ts';

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

/** The episodes in watch order: season by season, each in its order. */
export const episodesInWatchOrder = oncePerDataset((data: Dataset) =>
  data.episodes.toSorted((a, b) => a.season - b.season || a.number - b.number),
);

/** The story in watch order: episode by episode (a point placed only in a season after its episodes), each in its order. */
export const storyInWatchOrder = oncePerDataset((data: Dataset) => {
  const seasons = seasonLengthsOf(data.episodes);
  return data.story.toSorted((a, b) => watchPosition(a.reveals, seasons) - watchPosition(b.reveals, seasons) || a.order - b.order);
});

/** The page of the timeline each public event is listed on (src/lib/timeline-pages.ts), by id. */
export const timelinePagesOf = oncePerDataset((data: Dataset) => timelinePages(data.events));

/** Anything that cites: its source ids, and the passages it quotes from them. */
type Cites = { sources: readonly string[]; excerpts?: Readonly<Record<string, string>> | undefined };

/**
 * What an object cites, each source written out with the passage the object quotes from it (its excerpt), so
 * the excerpt travels in the same document as its fact and is gated with it.
 */
export const citedSources = oncePerDataset((data: Dataset) => {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return ({ sources: ids, excerpts }: Cites): CitedSource[] =>
    ids.flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      const excerpt = excerpts?.[id];
      return [excerpt ? { ...source, excerpt } : source];
    });
});

/** The object without its `excerpts`: they travel on its cited sources instead (see `citedSources`). */
export function withoutExcerpts<T extends object>(object: T): Omit<T, 'excerpts'> {
  const rest: T & { excerpts?: unknown } = { ...object };
  delete rest.excerpts;
  return rest;
}
