import type { Source, TimelineEvent } from '@/lib/schema.server.ts';

export type TimelineEntry = TimelineEvent & {
  people: { id: string; name: string }[];
  cited: Source[];
};

/** The timeline as the build writes it, every event whole; the build splits off the story events. */
export type TimelineDocument = {
  entries: TimelineEntry[];
  /** Every character, by name: what the character filter may name (characters are public; their events may not be). */
  characters: { id: string; name: string }[];
  /** When each season came out (its first episode's release): what frames its story in story order. */
  seasons: { season: number; released: string }[];
};
