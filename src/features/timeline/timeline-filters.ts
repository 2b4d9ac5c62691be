/**
 * The timeline's filters live in the URL (`?category=casting&character=isaac-henderson&year=2022`), so a
 * filtered view can be shared and survives a reload. Parsing is tolerant: a value that isn't one the timeline
 * knows is dropped and reported, never thrown.
 */
import type { TimelineEvent } from '@/lib/schema.server.ts';
import type { TimelineFacts } from './timeline.ts';

export type Category = TimelineEvent['category'];

/** Every category, in the order the filter lists them, with its label. */
export const CATEGORY_LABELS: Record<Category, string> = {
  comic: 'The comic',
  casting: 'Casting',
  production: 'Production',
  announcement: 'Announcements',
  marketing: 'Trailers and posters',
  release: 'Releases',
  story: 'On screen',
};

const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

export type TimelineFilters = {
  categories: Category[];
  /** Character ids. */
  characters: string[];
  /** A year, as written in dates: `2022`. */
  year: string | null;
  /** Story events from this episode on (`s2e1`); news is not affected. */
  from: string | null;
  /** Story events up to this episode. */
  to: string | null;
};

/** How the list is ordered: by real-world date (the default) or the story by episode (`order=story`). */
export type TimelineOrder = 'release' | 'story';

export const NO_FILTERS: TimelineFilters = { categories: [], characters: [], year: null, from: null, to: null };

/** What the URL may name: the characters and episodes that exist. */
export type KnownValues = { characters: ReadonlySet<string>; episodes: readonly string[] };

/** A value the URL gave that the timeline doesn't know, as the viewer wrote it. */
export type IgnoredValue = { name: string; value: string };

const PARAMS = { categories: 'category', characters: 'character', year: 'year', from: 'from', to: 'to', order: 'order' } as const;
const YEAR = /^\d{4}$/;

/** Reads the filters and the order from a query string, keeping the known values and reporting the rest. */
export function parseFilters(
  params: URLSearchParams,
  known: KnownValues,
): { filters: TimelineFilters; order: TimelineOrder; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = [];
  const keep = <T extends string>(name: string, values: string[], ok: (v: string) => v is T): T[] => {
    const kept: T[] = [];
    for (const value of values) {
      if (!ok(value)) ignored.push({ name, value });
      else if (!kept.includes(value)) kept.push(value);
    }
    return kept;
  };
  const single = (name: string, ok: (v: string) => boolean): string | null => {
    const values = params.getAll(name);
    const [first, ...rest] = keep(name, values, (v): v is string => ok(v));
    for (const value of rest) ignored.push({ name, value });
    return first ?? null;
  };
  const isCategory = (v: string): v is Category => (CATEGORIES as string[]).includes(v);
  const isCharacter = (v: string): v is string => known.characters.has(v);
  const isEpisode = (v: string) => known.episodes.includes(v);

  const categories = keep(PARAMS.categories, params.getAll(PARAMS.categories), isCategory);
  const characters = keep(PARAMS.characters, params.getAll(PARAMS.characters), isCharacter);
  const year = single(PARAMS.year, (v) => YEAR.test(v));
  let from = single(PARAMS.from, isEpisode);
  let to = single(PARAMS.to, isEpisode);
  // A range given back to front is still one range.
  if (from && to && known.episodes.indexOf(from) > known.episodes.indexOf(to)) [from, to] = [to, from];
  const order = single(PARAMS.order, (v) => v === 'release' || v === 'story') === 'story' ? 'story' : 'release';
  return { filters: { categories, characters, year, from, to }, order, ignored };
}

/** The query string for these filters and order, in a stable order; empty for the default view. */
export function filtersToParams(filters: TimelineFilters, order: TimelineOrder = 'release'): URLSearchParams {
  const params = new URLSearchParams();
  if (order === 'story') params.set(PARAMS.order, order);
  for (const c of CATEGORIES.filter((c) => filters.categories.includes(c))) params.append(PARAMS.categories, c);
  for (const c of filters.characters) params.append(PARAMS.characters, c);
  if (filters.year) params.set(PARAMS.year, filters.year);
  if (filters.from) params.set(PARAMS.from, filters.from);
  if (filters.to) params.set(PARAMS.to, filters.to);
  return params;
}

export const hasFilters = (filters: TimelineFilters) => filtersToParams(filters).size > 0;

/** The entries these filters let through, in order. Only what the viewer may see is ever passed in. */
export function filterEntries<E extends TimelineFacts>(
  entries: readonly E[],
  filters: TimelineFilters,
  episodes: readonly string[],
): E[] {
  const from = filters.from ? episodes.indexOf(filters.from) : -1;
  const to = filters.to ? episodes.indexOf(filters.to) : episodes.length;
  return entries.filter((e) => {
    if (filters.categories.length > 0 && !filters.categories.includes(e.category)) return false;
    if (filters.characters.length > 0 && !filters.characters.some((c) => e.characters.includes(c))) return false;
    if (filters.year && !e.date.startsWith(filters.year)) return false;
    if (e.kind === 'story' && (filters.from || filters.to)) {
      const at = e.reveals ? episodes.indexOf(e.reveals) : -1;
      // A story event placed only by season (`s2`) is in a range that covers the whole season's last episode.
      const position = at >= 0 ? at : lastEpisodeIndex(e.reveals, episodes);
      if (position < from || position > to) return false;
    }
    return true;
  });
}

function lastEpisodeIndex(code: string | undefined, episodes: readonly string[]): number {
  if (!code) return -1;
  let last = -1;
  episodes.forEach((e, i) => {
    if (e.startsWith(`${code}e`)) last = i;
  });
  return last;
}

/** How many of `entries` each value would match: for the counts beside the options. */
export function countBy<K extends string>(entries: readonly TimelineFacts[], keys: (e: TimelineFacts) => readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const e of entries) for (const k of new Set(keys(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
