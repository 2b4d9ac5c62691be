import type { Character, Dataset, Episode, TimelineEvent } from '@/lib/schema.ts';

export type SeasonOverview = {
  season: number;
  episodes: Episode[];
  /** Total running time in minutes, when every episode's runtime is known. */
  runtimeMinutes: number | null;
  released: string | null;
  newCharacters: Pick<Character, 'id' | 'name' | 'tagline'>[];
  /** Real-world news about the season, oldest first: safe for everyone. */
  news: TimelineEvent[];
};

/** The news that led up to a season and followed it: from its renewal to the next season's release. */
export function buildSeasonOverview(data: Dataset, season: number): SeasonOverview {
  const episodes = data.episodes.filter((e) => e.season === season).sort((a, b) => a.number - b.number);
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
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
