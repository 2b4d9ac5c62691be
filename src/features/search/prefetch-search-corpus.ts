import type { QueryClient } from '@tanstack/react-query';
import { searchCorpusQuery, searchShardQuery } from './search-queries.ts';

/**
 * Starts fetching the search index: its head, and when the index is small enough to be one shard of postings
 * and one of records (search-document.server.ts), those too, so the first query needs no request. The header's
 * field imports this on demand: importing search-queries.ts there, statically or not, would make its own code
 * wait for a second chunk, or the entry carry a module object for one (header-search.tsx).
 */
export async function prefetchSearchCorpus(client: QueryClient): Promise<void> {
  // A failure shows where the index is used, which asks again.
  const head = await client.fetchQuery(searchCorpusQuery()).catch(() => null);
  if (head?.termShards.length === 1 && head.recordShards.length === 1) {
    await Promise.all([client.prefetchQuery(searchShardQuery({ of: 'terms', shard: 0 })), client.prefetchQuery(searchShardQuery({ of: 'records', shard: 0 }))]);
  }
}
