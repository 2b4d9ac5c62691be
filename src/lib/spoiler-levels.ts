import type { Episode } from './schema.server.ts';
import { parseEpisodeCode, type SpoilerSettings } from './spoilers.ts';

type EpisodeLike = Pick<Episode, 'season' | 'number' | 'title'>;

/** One "I've watched" choice: up to and including this episode. Episode titles are safe to show. */
export type LevelChoice = {
  /** The stored level, e.g. `s2e3`. */
  value: string;
  season: number;
  episode: number;
  title: string;
  /** A few words for the header: `S2 · E3`. */
  short: string;
};

export type SeasonLevels = { season: number; choices: LevelChoice[] };

/** Every episode as a level, grouped by season, in watch order. "Nothing yet" and "all of it" come on top. */
export function levelsBySeason(episodes: readonly EpisodeLike[]): SeasonLevels[] {
  const seasons = [...new Set(episodes.map((e) => e.season))].sort((a, b) => a - b);
  return seasons.map((season) => ({
    season,
    choices: episodes
      .filter((e) => e.season === season)
      .sort((a, b) => a.number - b.number)
      .map((e) => ({ value: `s${season}e${e.number}`, season, episode: e.number, title: e.title, short: `S${season} · E${e.number}` })),
  }));
}

/** Every level in watch order, starting with `none`. */
export function levelOrder(levels: readonly SeasonLevels[]): string[] {
  return ['none', ...levels.flatMap((s) => s.choices.map((c) => c.value))];
}

/**
 * The level as the controls offer it: a whole season (`s1`, kept from earlier versions) becomes its last
 * episode, and anything not offered (an episode that doesn't exist) becomes nothing watched, so gating and
 * the controls always agree.
 */
export function normalizeLevel(watched: string, levels: readonly SeasonLevels[]): string {
  const parsed = parseEpisodeCode(watched);
  if (!parsed) return 'none';
  const season = levels.find((s) => s.season === parsed.season);
  if (!season) return 'none';
  if (parsed.episode === undefined) return season.choices.at(-1)?.value ?? 'none';
  return season.choices.some((c) => c.episode === parsed.episode) ? watched : 'none';
}

/** The current setting in a few words: "Nothing yet", "Up to S2 · E3", "Everything". */
export function describeLevel(settings: SpoilerSettings, levels: readonly SeasonLevels[]): string {
  if (settings.showAll) return 'Everything';
  const choice = levels.flatMap((s) => s.choices).find((c) => c.value === settings.watched);
  return choice ? `Up to ${choice.short}` : 'Nothing yet';
}
