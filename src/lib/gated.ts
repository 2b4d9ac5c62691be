/**
 * How spoilers travel apart from public content. At build time every list item that carries `reveals` is cut
 * out of its document and replaced by a stub that keeps only a neutral key and the episode; the items go into
 * per-episode parts (`s2e5`) and one part per item (`s2e5-1`), written as separate files. In the browser, the
 * stubs a viewer may see say which parts to fetch, and `slotsOf` puts the fetched items back in their places.
 */
import { isRevealed, type SeasonLengths, type SpoilerSettings } from './spoilers.ts';

/** What stands in a public document where a gated item was: a neutral key and the revealing episode. */
export type Stub = { gated: string; reveals: string };

/** A list entry in a document: the item itself, or the stub of a gated one. */
export type Gated<T> = T | Stub;

export const isStub = (value: unknown): value is Stub =>
  typeof value === 'object' && value !== null && 'gated' in value && typeof value.gated === 'string';

/** The gated items of one document, keyed by stub key: one part per episode and one per item. */
export type GatedParts = Map<string, Record<string, unknown>>;

const hasReveals = (value: unknown): value is { reveals: string } =>
  typeof value === 'object' && value !== null && 'reveals' in value && typeof value.reveals === 'string';

/**
 * Splits a document built with whole items into its public part and its gated parts. Any array element with
 * a `reveals` field is gated; a `reveals` found anywhere else is a builder bug, so it throws rather than
 * publish it.
 */
export function splitGated<T>(document: T): { public: T; parts: GatedParts } {
  const parts: GatedParts = new Map();
  const counts = new Map<string, number>();
  const add = (part: string, key: string, item: unknown) => {
    const record = parts.get(part) ?? {};
    record[key] = item;
    parts.set(part, record);
  };

  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      return value.map((element, i) => {
        if (!hasReveals(element)) return walk(element, `${path}[${i}]`);
        const n = (counts.get(element.reveals) ?? 0) + 1;
        counts.set(element.reveals, n);
        const key = `${element.reveals}-${n}`;
        add(element.reveals, key, element);
        add(key, key, element);
        return { gated: key, reveals: element.reveals } satisfies Stub;
      });
    }
    if (typeof value === 'object' && value !== null) {
      if (hasReveals(value)) throw new Error(`splitGated: ${path || 'the document'} carries "reveals" outside a list`);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}.${k}`)]));
    }
    return value;
  };

  return { public: walk(document, '') as T, parts };
}

/** Every stub in a public document, in document order. */
export function stubsOf(document: unknown): Stub[] {
  const stubs: Stub[] = [];
  const walk = (value: unknown) => {
    if (isStub(value)) stubs.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(document);
  return stubs;
}

/**
 * The parts to fetch: one per episode the viewer's setting allows, plus one per item the viewer revealed
 * by hand whose episode is not allowed. Nothing beyond that is ever requested.
 */
export function partsNeeded(
  stubs: readonly Stub[],
  settings: SpoilerSettings,
  seasons: SeasonLengths,
  revealed: ReadonlySet<string>,
): string[] {
  const parts = new Set<string>();
  for (const stub of stubs) {
    if (isRevealed(stub.reveals, settings, seasons)) parts.add(stub.reveals);
    else if (revealed.has(stub.gated)) parts.add(stub.gated);
  }
  return [...parts];
}

/** For lists with no single-item reveal control. */
export const NOTHING_REVEALED: ReadonlySet<string> = new Set();

/** One place in a list: the item itself, or a placeholder that keeps only where the spoiler comes from. */
export type Slot<T> = { hidden: false; key: string; item: T } | { hidden: true; key: string; reveals: string };

/**
 * Puts fetched gated items back in their places. A stub stays a placeholder unless its item has arrived and
 * the viewer may see it (their level allows it, or they revealed that one item), so lowering the level hides
 * items again even though they are cached.
 */
export function slotsOf<T>(
  list: readonly Gated<T>[],
  keyOf: (item: T, index: number) => string,
  loaded: ReadonlyMap<string, unknown>,
  settings: SpoilerSettings,
  seasons: SeasonLengths,
  revealed: ReadonlySet<string>,
): Slot<T>[] {
  return list.map((entry, index) => {
    if (!isStub(entry)) return { hidden: false, key: keyOf(entry, index), item: entry };
    const allowed = isRevealed(entry.reveals, settings, seasons) || revealed.has(entry.gated);
    const item = loaded.get(entry.gated);
    return allowed && item !== undefined
      ? { hidden: false, key: entry.gated, item: item as T }
      : { hidden: true, key: entry.gated, reveals: entry.reveals };
  });
}

export function visibleItems<T>(slots: readonly Slot<T>[]): T[] {
  return slots.flatMap((s) => (s.hidden ? [] : [s.item]));
}
