/**
 * How spoilers travel apart from public content. At build time every list item that carries `reveals` is cut
 * out of its document, leaving no trace in its place: the public document only says which lists have more
 * (`moreLater`), the same for every viewer. The gated items go into one part per level ("everything up to
 * S2 · E3", written for every episode whether or not it adds anything) and one part per list, for a viewer who
 * asks to see a section. In the browser, `placeGated` puts the fetched items back where they were.
 * See docs/decisions/0004-data-delivery.md.
 */
import { isRevealed, type SeasonLengths, type SpoilerSettings } from './spoilers.ts';

/** A gated item as it travels: the list it belongs in, where among the public items it goes, and the item. */
export type GatedEntry = {
  /** The list's path in the document, e.g. `details` or `groups.0.items`. */
  list: string;
  /** How many public items come before it. */
  after: number;
  /** Its index in the whole list, to order items that share `after`. */
  order: number;
  item: { reveals: string };
};

/** Everything a level may see, and which lists still have more beyond it. */
export type LevelPart = { entries: GatedEntry[]; more: string[] };

/** Every gated item of one list, whatever its episode: fetched when the viewer asks to see that section. */
export type ListPart = { entries: GatedEntry[] };

/** What a public document carries about its gated items: which lists have any. Absent when none do. */
export type GatedDocument = { moreLater?: string[] };

/** A level a part is written for: one per episode, plus everything (the "Show spoilers" switch). */
export type LevelSpec = { part: string; settings: SpoilerSettings };

/** The part holding what these settings may see, or null when they see only public content. */
export function levelPartName(settings: SpoilerSettings): string | null {
  if (settings.showAll) return 'everything';
  return settings.watched === 'none' ? null : `upto-${settings.watched}`;
}

export const listPartName = (list: string) => `list-${list}`;

/** The levels to write parts for, in watch order: each episode, then everything. */
export function levelSpecs(episodes: readonly { id: string }[]): LevelSpec[] {
  return [
    ...episodes.map((e) => ({ showAll: false, watched: e.id })),
    { showAll: true, watched: 'none' },
  ].map((settings) => ({ part: levelPartName(settings) ?? 'none', settings }));
}

const hasReveals = (value: unknown): value is { reveals: string } =>
  typeof value === 'object' && value !== null && 'reveals' in value && typeof value.reveals === 'string';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Splits a document built with whole items into its public part and its gated parts. Any array element with
 * a `reveals` field is gated; a `reveals` found anywhere else (the document itself, a field, inside a gated
 * item) is a builder bug, so it throws rather than publish it.
 */
export function splitGated<T>(
  document: T,
  levels: readonly LevelSpec[],
  seasons: SeasonLengths,
): { public: T & GatedDocument; parts: Map<string, LevelPart | ListPart> } {
  const entries: GatedEntry[] = [];
  const noNested = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => noNested(v, `${path}.${i}`));
    else if (isRecord(value)) {
      if (hasReveals(value)) throw new Error(`splitGated: ${path} is inside a gated item and carries "reveals"`);
      for (const [k, v] of Object.entries(value)) noNested(v, `${path}.${k}`);
    }
  };

  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      const kept: unknown[] = [];
      value.forEach((element, order) => {
        if (!hasReveals(element)) {
          kept.push(walk(element, `${path}.${kept.length}`));
          return;
        }
        for (const [k, v] of Object.entries(element)) noNested(v, `${path}[${order}].${k}`);
        entries.push({ list: path.slice(1), after: kept.length, order, item: element });
      });
      return kept;
    }
    if (isRecord(value)) {
      if (hasReveals(value)) throw new Error(`splitGated: ${path || 'the document'} carries "reveals" outside a list`);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}.${k}`)]));
    }
    return value;
  };

  const publicPart = walk(document, '') as T;
  const parts = new Map<string, LevelPart | ListPart>();
  if (entries.length === 0) return { public: publicPart as T & GatedDocument, parts };
  if (!isRecord(publicPart) || Array.isArray(publicPart)) throw new Error('splitGated: a document with gated items must be an object');

  const listsOf = (list: readonly GatedEntry[]) => [...new Set(list.map((e) => e.list))];
  for (const { part, settings } of levels) {
    const shown = entries.filter((e) => isRevealed(e.item.reveals, settings, seasons));
    parts.set(part, { entries: shown, more: listsOf(entries.filter((e) => !shown.includes(e))) });
  }
  for (const list of listsOf(entries)) parts.set(listPartName(list), { entries: entries.filter((e) => e.list === list) });
  return { public: { ...publicPart, moreLater: listsOf(entries) }, parts };
}

/** The gated parts a page has fetched: at most one level part, and the lists the viewer asked to see. */
export type LoadedParts = { level?: LevelPart | undefined; lists: ReadonlyMap<string, ListPart> };

export const NOTHING_LOADED: LoadedParts = { level: undefined, lists: new Map() };

/** A document at the viewer's setting: visible gated items in their places, and the lists that hold more. */
export type Placed<T> = { document: T; hidden: ReadonlySet<string> };

/**
 * Puts fetched gated items back where they were. An item shows when the viewer's setting allows it or they
 * asked to see its list; the level part may be a higher level's, cached from before, so lowering the level
 * hides items again at once without a request.
 */
export function placeGated<T>(
  document: T & GatedDocument,
  loaded: LoadedParts,
  settings: SpoilerSettings,
  seasons: SeasonLengths,
): Placed<T> {
  const fromLevel = (loaded.level?.entries ?? []).filter(
    (e) => !loaded.lists.has(e.list) && isRevealed(e.item.reveals, settings, seasons),
  );
  const visible = [...fromLevel, ...[...loaded.lists.values()].flatMap((p) => p.entries)];

  const more = new Set(loaded.level ? loaded.level.more : document.moreLater ?? []);
  const shown = new Set(fromLevel);
  for (const e of loaded.level?.entries ?? []) if (!shown.has(e)) more.add(e.list);
  for (const list of loaded.lists.keys()) more.delete(list);

  if (visible.length === 0) return { document, hidden: more };
  const byList = new Map<string, GatedEntry[]>();
  for (const e of visible) {
    const list = byList.get(e.list);
    if (list) list.push(e);
    else byList.set(e.list, [e]);
  }
  // Only the branches that lead to a list with items are copied; the rest (a search index, say) is shared as is.
  const leadsToList = (path: string) => [...byList.keys()].some((list) => `.${list}` === path || `.${list}`.startsWith(`${path}.`));
  const walk = (value: unknown, path: string): unknown => {
    if (path !== '' && !leadsToList(path)) return value;
    if (Array.isArray(value)) {
      const items = value.map((v, i) => walk(v, `${path}.${i}`));
      const gated = byList.get(path.slice(1));
      if (!gated) return items;
      const sorted = [...gated].sort((a, b) => a.order - b.order);
      const merged: unknown[] = [];
      items.forEach((item, i) => {
        for (const e of sorted) if (e.after === i) merged.push(e.item);
        merged.push(item);
      });
      for (const e of sorted) if (e.after >= items.length) merged.push(e.item);
      return merged;
    }
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}.${k}`)]));
    return value;
  };
  return { document: walk(document, '') as T, hidden: more };
}
