import { compareDates } from '@/lib/dates.ts';
import type { Dataset, Source, TimelineEvent } from '@/lib/schema.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';

export type TimelineEntry = TimelineEvent & {
  people: { id: string; name: string }[];
  cited: Source[];
};

/** The timeline as the build writes it, every event whole; the build splits off the story events. */
export type TimelineDocument = {
  entries: TimelineEntry[];
  /** Every character, by name: what the character filter may name (characters are public; their events may not be). */
  characters: { id: string; name: string }[];
  /** When each season came out (its first episode's release): what frames its story in story order. */
  seasons: { season: number; released: string }[];
};

/** Build time. Chronological; story events released the same day follow their episodes' order. */
export function buildTimeline(data: Dataset): TimelineDocument {
  const seasons = seasonLengthsOf(data.episodes);
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const characters = byId(data.characters);
  const sources = byId(data.sources);
  const order = (e: TimelineEvent) => (e.reveals ? watchPosition(e.reveals, seasons) : 0);

  const entries = [...data.events]
    .sort((a, b) => compareDates(a.date, b.date) || order(a) - order(b))
    .map((e) => ({
      ...e,
      people: e.characters.flatMap((id) => {
        const c = characters.get(id);
        return c ? [{ id, name: c.name }] : [];
      }),
      cited: e.sources.flatMap((id) => sources.get(id) ?? []),
    }));
  const everyone = data.characters.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const released = new Map<number, string>();
  for (const e of data.episodes) {
    const known = released.get(e.season);
    if (!known || compareDates(e.released, known) < 0) released.set(e.season, e.released);
  }
  const seasonReleases = [...released].sort(([a], [b]) => a - b).map(([season, date]) => ({ season, released: date }));
  return { entries, characters: everyone, seasons: seasonReleases };
}
