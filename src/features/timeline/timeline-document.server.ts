/**
 * Build time: the timeline's document, from the dataset. `src/app/site-documents.server.ts` decides the data
 * files with it; the browser gets the document, never this code (the types are in timeline.ts).
 */
import { compareDates } from '@/lib/dates.ts';
import { storyInWatchOrder, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import type { Dataset, StoryPoint, TimelineEvent } from '@/lib/schema.server.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { TimelineDocument } from './timeline.ts';

/**
 * A story point as a timeline event: dated to its episode's release (the last episode's, for a point a source
 * places only in a season), as the story first reached viewers. The point stays one record, in data/story.json.
 */
function storyEvent(point: StoryPoint, released: (code: string) => string): TimelineEvent {
  const { id, reveals, title, text, characters, sources, note, disagreement } = point;
  return { id, date: released(reveals), kind: 'story', category: 'story', title, summary: text, reveals, characters, sources, note, disagreement };
}

/** Build time. Chronological; the story released the same day follows its episodes' order and each episode's own. */
export function buildTimeline(data: Dataset): TimelineDocument {
  const seasons = seasonLengthsOf(data.episodes);
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const characters = byId(data.characters);
  const sources = byId(data.sources);
  const order = (e: TimelineEvent) => (e.reveals ? watchPosition(e.reveals, seasons) : 0);
  // Each episode's release by its place in watch order, which a whole season's code shares with its last episode.
  const releasedAt = new Map(data.episodes.map((e) => [watchPosition(e.id, seasons), e.released]));
  const releaseOf = (code: string) => releasedAt.get(watchPosition(code, seasons)) ?? '';

  // A stable sort: points of one episode keep their order.
  // The timeline names its sources without excerpts: those are for the footnotes of the articles.
  const entries = [...data.events.map(withoutExcerpts), ...storyInWatchOrder(data).map((p) => storyEvent(p, releaseOf))]
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
