import type { Character, Episode, TimelineEvent } from '@/lib/schema.server.ts';

export type SeasonOverview = {
  season: number;
  /** What every viewer may see of an episode: its loglines, songs and places are spoilers (data/episodes.json). */
  episodes: Pick<Episode, 'id' | 'season' | 'number' | 'title' | 'runtimeMinutes' | 'released'>[];
  /** Total running time in minutes, when every episode's runtime is known. */
  runtimeMinutes: number | null;
  released: string | null;
  /** The first of the characters new in this season, in the dataset's order. */
  newCharacters: Pick<Character, 'id' | 'name' | 'tagline'>[];
  /** How many characters are new in this season, shown or not. */
  newCharacterCount: number;
  /** The latest real-world news about the season, newest first: safe for everyone. `page` is the timeline's page that lists it. */
  latestNews: (TimelineEvent & { page?: string })[];
};
