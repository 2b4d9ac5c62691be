import type { TimelineEvent } from '@/lib/schema.server.ts';

export type TimelineEntry = TimelineEvent & {
  people: { id: string; name: string }[];
  /**
   * Each source by the name the timeline shows (`sourceName`) and its date, which picks its page of `/sources/`: the rest of
   * a source (its note, its address) is there, and was most of each year's bytes here.
   */
  cited: { id: string; name: string; date: string }[];
};

/** What filtering, ordering and counting need of an event: no words, so the whole timeline's index stays small. */
export type TimelineFacts = Pick<TimelineEntry, 'id' | 'date' | 'kind' | 'category' | 'characters' | 'reveals'>;

/** The timeline as the build first makes it, every event whole; `buildTimelineDocuments` cuts it into the files. */
export type TimelineDocument = {
  entries: TimelineEntry[];
  /** Every character, by name: what the character filter may name (characters are public; their events may not be). */
  characters: { id: string; name: string }[];
  /** When each season came out (its first episode's release): what frames its story in story order. */
  seasons: { season: number; released: string }[];
};

/**
 * The whole timeline for filtering, ordering and counting (`documents.timeline`), fetched once the app runs.
 * A public event is only its facts here (its words are in its page's document); a gated event travels whole,
 * in the level parts, so nothing about it (not even its id or date, or which characters it names) is in the
 * public part. `characters` are only those public events name: a gated event names its own, as `people`.
 */
export type TimelineIndex = Omit<TimelineDocument, 'entries'> & { entries: (TimelineFacts | TimelineEntry)[] };

/** One prerendered page's events, whole: the newest stretch (`latest`) or a year's page of events (`2022`, `2022/2`). Public events only. */
export type TimelinePage = { entries: TimelineEntry[] };

/**
 * What every timeline page draws before the index has come: the public timeline's counts, for the filters,
 * the status line and the ribbon. Small at any size, so each page can carry it.
 */
export type TimelineOverview = {
  /** How many public events there are. */
  total: number;
  categories: Partial<Record<TimelineEntry['category'], number>>;
  /** Every year with a public event, in order, and how many. */
  years: { year: string; count: number }[];
  /**
   * The pages other than `/timeline/`, in order (`2022`, `2022/2`, `2023`…), each with the period of its last
   * event (`2022-05`), which tells which page a month starts on. None while `/timeline/` holds every event.
   */
  pages: { page: string; last: string }[];
  /** Public events per month (`2022-09`), or per year for an event known only to its year (`2016`). */
  periods: Partial<Record<string, number>>;
  /** The date of the first event `/timeline/` shows: the newest stretch runs from it (from the start, when empty). */
  latestFrom: string;
  /**
   * The index's `moreLater` (which of its lists have gated items), so the "Show" line is drawn from the start.
   * Not named `moreLater`: this document has no gated parts, and the prerender hints at the parts of any
   * document with that field.
   */
  gatedLists: string[];
};

/** Whether an index entry came whole (a gated event) or as facts only (a public one, whose words are in its page's document). */
export const isWhole = (entry: TimelineFacts | TimelineEntry): entry is TimelineEntry => 'title' in entry;

/** The period of the ribbon and the headings a date is in: its month (`2022-09`), or its year for a date of a year alone (`2016`). */
export const periodOf = (date: string) => date.slice(0, 7);
