import type { QueryClient } from '@tanstack/react-query';
import { levelPartName } from '@/lib/gated.ts';
import { spoilerStore } from '@/lib/spoiler-preferences.ts';
import { yieldToBrowser } from '@/lib/yield-to-browser.ts';
import { prefetchSearchCorpus } from './prefetch-search-corpus.ts';
import type { SearchRequest } from './search-index.ts';
import { searchCorpusQuery } from './search-queries.ts';
import { engineFor, fetchShards } from './use-search-engine.ts';

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
    // Each step in a task of its own, so a phone's main thread is never held for two at once (each is tens of
    // milliseconds at 4× CPU with 100 times the data): building the engine, then ranking to learn what the
    // answer needs, then asking for it. The shards are decoded in the tasks that bring them.
    for (;;) {
      await yieldToBrowser();
      const needs = engine.needs(query, request);
      if (needs.length === 0) return;
      await yieldToBrowser();
      await fetchShards(client, engine, needs);
    }
  } catch {
    // A failure shows on the page, which asks again.
  }
}
