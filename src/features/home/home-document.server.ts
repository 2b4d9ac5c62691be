/**
 * Build time: the home page's season overview, from the dataset. `src/app/site-documents.server.ts` decides
 * the data files with it; the browser gets the document, never this code (the type is in season-overview.ts).
 */
import { withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import type { SeasonOverview } from './season-overview.ts';

/** The news that led up to a season and followed it: from its renewal to the next season's release. */
export function buildSeasonOverview(data: Dataset, season: number): SeasonOverview {
  const episodes = data.episodes
    .filter((e) => e.season === season)
    .sort((a, b) => a.number - b.number)
    .map(({ id, number, title, runtimeMinutes, released }) => ({ id, season, number, title, runtimeMinutes, released }));
  const runtimes = episodes.map((e) => e.runtimeMinutes);
  const firstRelease = data.episodes.find((e) => e.season === 1)?.released ?? '';
  return {
    season,
    episodes,
    runtimeMinutes: runtimes.every((r) => r !== undefined) ? runtimes.reduce((a, b) => a + b, 0) : null,
    released: episodes[0]?.released ?? null,
    newCharacters: data.characters
      .filter((c) => c.firstSeason === season)
      .map(({ id, name, tagline }) => ({ id, name, tagline })),
    news: data.events
      .filter((e) => e.kind === 'news' && e.reveals === undefined && e.date > firstRelease)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map(withoutExcerpts),
  };
}
