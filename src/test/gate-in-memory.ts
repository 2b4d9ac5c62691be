/** For tests: gates a whole document the way `useGate` does in a page, with every part at hand. */
import { levelPartName, levelSpecs, listPartName, placeGated, splitGated, type LevelPart, type ListPart, type Placed } from '@/lib/gated.ts';
import { seasonLengthsOf, type SpoilerSettings } from '@/lib/spoilers.ts';

export function gateInMemory<T>(
  document: T,
  settings: SpoilerSettings,
  episodes: readonly { id: string; season: number; number: number }[],
  shownLists: readonly string[] = [],
): Placed<T> & { public: T } {
  const seasons = seasonLengthsOf(episodes);
  const { public: pub, parts } = splitGated(document, levelSpecs(episodes), seasons);
  const part = levelPartName(settings);
  const level = part === null ? undefined : (parts.get(part) as LevelPart | undefined);
  const lists = new Map(shownLists.flatMap((l) => (parts.has(listPartName(l)) ? [[l, parts.get(listPartName(l)) as ListPart]] : [])));
  return { ...placeGated(pub, { level, lists }, settings, seasons), public: pub };
}
