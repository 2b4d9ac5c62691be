/*
 * The kinds of result, for the results page and the header's suggestions. Nothing here may import the engine
 * (search-index.ts) or MiniSearch.
 */

export type SearchKind = 'character' | 'person' | 'episode' | 'event' | 'quote';

/** Group headings for results by kind, in the order groups are listed. */
export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  character: 'Characters',
  person: 'Cast',
  episode: 'Episodes',
  event: 'Timeline events',
  quote: 'Quotes',
};
