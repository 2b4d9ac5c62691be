/**
 * Build time: the timeline's document, from the dataset. `src/app/site-documents.server.ts` decides the data
 * files with it; the browser gets the document, never this code (the types are in timeline.ts).
 */
import { compareDates } from '@/lib/dates.ts';
import type { Dataset, TimelineEvent } from '@/lib/schema.server.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { TimelineDocument } from './timeline.ts';

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
