import type { QueryClient } from '@tanstack/react-query';
import { searchCorpusQuery } from './search-queries.ts';

/**
 * Starts fetching the search index. The header's field imports this on demand: importing search-queries.ts
 * there, statically or not, would make its own code wait for a second chunk, or the entry carry a module
 * object for one (header-search.tsx).
 */
export const prefetchSearchCorpus = (client: QueryClient) => client.prefetchQuery(searchCorpusQuery());
