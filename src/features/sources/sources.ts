import type { Source } from '@/lib/schema.server.ts';

/**
 * A source with the episode from which it may be listed: a headline can give the story away ("Isaac's
 * asexual storyline…"), so a source cited only by gated facts is gated like the earliest of them.
 */
export type ListedSource = Source & { reveals?: string | undefined };

/** Where a source is listed: a year's page, `part` 1 being the year's first (`/sources/2023/`). */
export type SourcePage = { year: string; part: number };

/** The sources listed on one page of a year, newest first; `parts` is how many pages the year has. */
export type SourcePageDocument = SourcePage & { parts: number; sources: ListedSource[] };

/** `/sources/`: the years with a page, newest first, and how many pages each has. The same for every viewer. */
export type SourceIndexDocument = { years: { year: string; parts: number }[] };

/**
 * Which page lists each source, for a link whose source isn't on the page it opened (an older `/sources/#id`,
 * or a year grown to more than one page). Gated like the sources: a gated source's id is a gated item.
 */
export type SourceLookupDocument = { pages: (SourcePage & { id: string; reveals?: string | undefined })[] };
