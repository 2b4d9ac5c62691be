import type { Episode } from '@/lib/schema.ts';

export type LevelOption = { value: string; label: string };

/**
 * "I've watched" choices: nothing yet, each earlier season whole, then the newest season episode by
 * episode, then all of it. Episode titles are safe to show.
 */
export function levelOptions(episodes: readonly Pick<Episode, 'season' | 'number' | 'title'>[]): LevelOption[] {
  const seasons = [...new Set(episodes.map((e) => e.season))].sort((a, b) => a - b);
  const latest = seasons.at(-1);
  const options: LevelOption[] = [{ value: 'none', label: 'Nothing yet' }];
  for (const season of seasons) {
    if (season === latest) {
      const inSeason = episodes.filter((e) => e.season === season).sort((a, b) => a.number - b.number);
      for (const e of inSeason) {
        options.push({ value: `s${season}e${e.number}`, label: `Season ${season} up to episode ${e.number}, “${e.title}”` });
      }
      options.push({ value: `s${season}`, label: `All of Season ${season}` });
    } else {
      options.push({ value: `s${season}`, label: `Season ${season}` });
    }
  }
  return options;
}
