/**
 * Build time: the timeline's document, from the dataset. `src/app/site-documents.server.ts` decides the data
 * files with it; the browser gets the document, never this code (the types are in timeline.ts).
 */
import { sourceName } from '@/lib/citations.tsx';
import { compareDates } from '@/lib/dates.ts';
import { storyInWatchOrder, timelinePagesOf, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import type { Dataset, StoryPoint, TimelineEvent } from '@/lib/schema.server.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import { documents } from '@/lib/dataset.ts';
import { LATEST, LATEST_EVENTS, yearOf, yearPages } from '@/lib/timeline-pages.ts';
import { periodOf, type TimelineDocument, type TimelineEntry, type TimelineFacts, type TimelineIndex, type TimelineOverview, type TimelinePage } from './timeline.ts';

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
      cited: e.sources.flatMap((id) => {
        const s = sources.get(id);
        return s ? [{ id, name: sourceName(s), date: s.date }] : [];
      }),
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

/** The timeline's pages other than `/timeline/`, in order (`2022`, `2022/2`, `2023`…): none while `/timeline/` holds every public event. */
export function timelinePageNames(data: Dataset): string[] {
  return yearPages(timelinePagesOf(data));
}

const facts = ({ id, date, kind, category, characters }: TimelineEntry): TimelineFacts => ({ id, date, kind, category, characters });

/**
 * Build time: the timeline's data files, by document name (each still to be split by `splitGated`):
 * - the index (`timeline`): every public event's facts, every gated event whole (so `splitGated` moves it,
 *   id and date included, into the level parts), the characters public events name and the seasons' releases;
 * - the overview (`timeline/overview`): the public counts every page draws before the index arrives;
 * - the newest stretch (`timeline/latest`) and, past what it holds, the pages of each year (`timeline/2022`,
 *   `timeline/2022/2`), the public events whole.
 */
export function buildTimelineDocuments(data: Dataset): [name: string, document: unknown][] {
  const { entries, characters, seasons } = buildTimeline(data);
  const open = entries.filter((e) => !e.reveals);
  // Only the characters public events name (a gated event brings its own, as `people`): the filter offers no
  // one else, and naming the rest was most of the index (19 KB of 48 at 100×), fetched on every timeline page.
  const named = new Set(open.flatMap((e) => e.characters));
  const index: TimelineIndex = { entries: entries.map((e) => (e.reveals ? e : facts(e))), characters: characters.filter((c) => named.has(c.id)), seasons };
  const pageOf = timelinePagesOf(data);
  const pages = yearPages(pageOf);
  // With no other page, `/timeline/` is the whole timeline, from its start.
  const latestFrom = pages.length > 0 ? (open.slice(-LATEST_EVENTS)[0]?.date ?? '') : '';
  const count = <K extends string>(key: (e: TimelineEntry) => K) => {
    const counts: Partial<Record<K, number>> = {};
    for (const e of open) counts[key(e)] = (counts[key(e)] ?? 0) + 1;
    return counts;
  };
  const perYear = count((e) => yearOf(e.date));
  const onPage = (page: string) => open.filter((e) => pageOf.get(e.id) === page);
  const overview: TimelineOverview = {
    total: open.length,
    categories: count((e) => e.category),
    years: Object.keys(perYear).sort().map((year) => ({ year, count: perYear[year] ?? 0 })),
    pages: pages.map((page) => ({ page, last: periodOf(onPage(page).at(-1)?.date ?? page) })),
    periods: count((e) => periodOf(e.date)),
    latestFrom,
    gatedLists: entries.some((e) => e.reveals) ? ['entries'] : [],
  };
  const page = (list: TimelineEntry[]): TimelinePage => ({ entries: list });
  return [
    [documents.timeline, index],
    [documents.timelineOverview, overview],
    [documents.timelinePage(LATEST), page(open.filter((e) => compareDates(e.date, latestFrom) >= 0))],
    ...pages.map((name): [string, unknown] => [documents.timelinePage(name), page(onPage(name))]),
  ];
}
