/**
 * Build time: the home page's season overview, from the dataset. `src/app/site-documents.server.ts` decides
 * the data files with it; the browser gets the document, never this code (the type is in season-overview.ts).
 */
import { compareDates } from '@/lib/dates.ts';
import { timelinePagesOf, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import type { SeasonOverview } from './season-overview.ts';

/** How many of the latest news items the home page lists; the timeline has the rest. */
const LATEST_NEWS = 5;

/** How many of the season's new characters the home page shows; the characters index lists them all. */
export const NEW_FACES = 8;

/**
 * The season at a glance, for the home page. Only what the page shows goes in: the latest news and the first
 * new faces, so the page (and the document embedded in it) stays the same size however much the wiki holds.
 */
export function buildSeasonOverview(data: Dataset, season: number): SeasonOverview {
  const episodes = data.episodes
    .filter((e) => e.season === season)
    .sort((a, b) => a.number - b.number)
    .map(({ id, number, title, runtimeMinutes, released }) => ({ id, season, number, title, runtimeMinutes, released }));
  const runtimes = episodes.map((e) => e.runtimeMinutes);
  const newCharacters = data.characters.filter((c) => c.firstSeason === season);
  const firstRelease = data.episodes.find((e) => e.season === 1)?.released ?? '';
  return {
    season,
    episodes,
    runtimeMinutes: runtimes.every((r) => r !== undefined) ? runtimes.reduce((a, b) => a + b, 0) : null,
    released: episodes[0]?.released ?? null,
    newCharacters: newCharacters.slice(0, NEW_FACES).map(({ id, name, tagline }) => ({ id, name, tagline })),
    newCharacterCount: newCharacters.length,
    // Newest first; a stable sort keeps the file's order within a day.
    latestNews: data.events
      .filter((e) => e.kind === 'news' && e.reveals === undefined && e.date > firstRelease)
      .sort((a, b) => compareDates(b.date, a.date))
      .slice(0, LATEST_NEWS)
      .map((e) => ({ ...withoutExcerpts(e), page: timelinePagesOf(data).get(e.id) })),
  };
}
