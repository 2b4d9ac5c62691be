import type { QueryClient } from '@tanstack/react-query';
import { levelPartName } from '@/lib/gated.ts';
import { spoilerStore } from '@/lib/spoiler-preferences.ts';
import { prefetchSearchCorpus } from './prefetch-search-corpus.ts';
import type { SearchRequest } from './search-index.ts';
import { searchCorpusQuery } from './search-queries.ts';
import { engineFor, fetchShards } from './use-search-engine.ts';

/**
 * Resolves once the browser has had a turn (input, rendering): with `scheduler.yield` where the browser has it,
 * whose continuation goes ahead of other queued tasks, and a timer elsewhere.
 */
const yieldToBrowser = (): Promise<void> =>
  'scheduler' in globalThis && typeof scheduler.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

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
  if (levelPartName(spoilerStore.getSnapshot()) !== null) return prefetchSearchCorpus(client);
  try {
    const engine = engineFor(await client.fetchQuery(searchCorpusQuery()), null);
    for (let needs = engine.needs(query, request); needs.length > 0; needs = engine.needs(query, request)) {
      await fetchShards(client, engine, needs);
      // The shards are decoded in the task that brought them; ranking waits for the next one, so a phone's
      // main thread isn't held for both at once.
      await yieldToBrowser();
    }
  } catch {
    // A failure shows on the page, which asks again.
  }
}
