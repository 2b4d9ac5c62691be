/*
 * What the header's search field needs before the engine arrives: it loads with every page, so nothing here
 * may import the engine (search-index.ts) or MiniSearch.
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

/** Longer input is cut: no name or word needs more. */
export const MAX_QUERY_LENGTH = 200;

/** The id of the header suggestion at an index, for the field's `aria-activedescendant`. */
export const suggestionId = (baseId: string, index: number) => `${baseId}-option-${index}`;
