import type { Character, Episode, TimelineEvent } from '@/lib/schema.server.ts';

export type SeasonOverview = {
  season: number;
  /** What every viewer may see of an episode: its loglines, songs and places are spoilers (data/episodes.json). */
  episodes: Pick<Episode, 'id' | 'season' | 'number' | 'title' | 'runtimeMinutes' | 'released'>[];
  /** Total running time in minutes, when every episode's runtime is known. */
  runtimeMinutes: number | null;
  released: string | null;
  newCharacters: Pick<Character, 'id' | 'name' | 'tagline'>[];
  /** Real-world news about the season, oldest first: safe for everyone. */
  news: TimelineEvent[];
};
