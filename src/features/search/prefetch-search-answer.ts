import type { QueryClient } from '@tanstack/react-query';
import { spoilerStore } from '@/lib/spoiler-preferences.ts';
import { prefetchSearchCorpus } from './prefetch-search-corpus.ts';
import type { SearchRequest } from './search-index.ts';
import { searchCorpusQuery, searchShardQuery } from './search-queries.ts';
import { engineFor } from './use-search-engine.ts';

/**
 * For a `/search/?q=` link: fetches what the first screen of results needs (the index's head, the postings of
 * the query's words, then the shown results' records) as the page's code arrives, rather than once the page
 * has hydrated and asked, a round trip at a time. Each shard goes to the engine the page will use
 * (`engineFor`), which then answers at once.
 *
 * Only at "nothing yet". A viewer with a level needs the level's part of the index as well, and which part
 * that is depends on the level as the controls offer it, which the page works out once it has the episodes;
 * asking for a part here could fetch one the viewer hasn't reached. So that viewer gets the head early, and
 * the page asks for the rest.
 */
export async function prefetchSearchAnswer(client: QueryClient, query: string, request: SearchRequest): Promise<void> {
  const { showAll, watched } = spoilerStore.getSnapshot();
  if (showAll || watched !== 'none') return prefetchSearchCorpus(client);
  // A failure shows on the page, which asks again.
  const head = await client.fetchQuery(searchCorpusQuery()).catch(() => null);
  if (!head) return;
  const engine = engineFor(head, null);
  for (let answer = engine.run(query, request); 'needs' in answer; answer = engine.run(query, request)) {
    const arrived = await Promise.all(answer.needs.map(async (need) => [need, await client.fetchQuery(searchShardQuery(need))] as const)).catch(() => null);
    if (!arrived) return;
    for (const [need, shard] of arrived) engine.add(need, shard);
  }
}
