/**
 * Spoiler arithmetic. A fact's `reveals` names the episode that gives it away ("s1e8"), or only the
 * season ("s2"), which then counts as revealed by the season's last episode. A viewer has watched up to
 * a point written the same way, or "none".
 */

/** How far the viewer has watched: "none", a whole season ("s1") or up to an episode ("s2e3"). */
export type WatchedLevel = string;

export type SpoilerSettings = {
  /** The "Show spoilers" switch: everything is shown. */
  showAll: boolean;
  /** With the switch off, what was revealed at or before this point is shown. */
  watched: WatchedLevel;
};

/** What every prerendered page, the sitemap and a new visitor get. */
export const NO_SPOILERS: SpoilerSettings = { showAll: false, watched: 'none' };

export type SeasonLengths = ReadonlyMap<number, number>;

const CODE = /^s(\d+)(?:e(\d+))?$/;

export function parseEpisodeCode(code: string): { season: number; episode?: number } | null {
  const match = CODE.exec(code);
  if (!match) return null;
  const season = Number(match[1]);
  return match[2] === undefined ? { season } : { season, episode: Number(match[2]) };
}

/** A point in watch order: season 2 episode 3 is 2003; a whole season is its last episode. */
export function watchPosition(code: string, seasons: SeasonLengths): number {
  if (code === 'none') return 0;
  const parsed = parseEpisodeCode(code);
  // Unknown codes are treated as the far future, so a typo hides rather than reveals.
  if (!parsed) return Number.POSITIVE_INFINITY;
  const last = seasons.get(parsed.season) ?? 99;
  return parsed.season * 1000 + Math.min(parsed.episode ?? last, last);
}

export function isRevealed(
  reveals: string | undefined,
  settings: SpoilerSettings,
  seasons: SeasonLengths,
): boolean {
  if (reveals === undefined || settings.showAll) return true;
  return watchPosition(reveals, seasons) <= watchPosition(settings.watched, seasons);
}

/** "Season 2, episode 5" or "Season 2": where a shown spoiler comes from, in words. */
export function describeReveal(code: string): string {
  const parsed = parseEpisodeCode(code);
  if (!parsed) return 'A later';
  return parsed.episode === undefined
    ? `Season ${parsed.season}`
    : `Season ${parsed.season}, episode ${parsed.episode}`;
}

export function seasonLengthsOf(episodes: readonly { season: number; number: number }[]): SeasonLengths {
  const lengths = new Map<number, number>();
  for (const e of episodes) lengths.set(e.season, Math.max(lengths.get(e.season) ?? 0, e.number));
  return lengths;
}

/**
 * The episode watched just before `episode` in watch order (`s2e1` → `s1e8`), or undefined for the very first.
 * An episode's logline is revealed by it: shown once the viewer has reached the episode before, as "next up".
 */
export function previousEpisode(
  episode: { season: number; number: number },
  episodes: readonly { id: string; season: number; number: number }[],
): string | undefined {
  const earlier = episodes.filter((e) => e.season < episode.season || (e.season === episode.season && e.number < episode.number));
  return earlier.sort((a, b) => b.season - a.season || b.number - a.number)[0]?.id;
}
