/**
 * The only module that touches `data/`. Everything else asks for the dataset through `loadDataset()`,
 * so the data could move behind `fetch` without changes to the UI.
 *
 * The JSON is validated against `schema.ts` when the build, the dev server or the tests start (see the
 * plugin in vite.config.ts), so the client imports it typed without shipping zod.
 */
import characters from '../../data/characters.json' with { type: 'json' };
import episodes from '../../data/episodes.json' with { type: 'json' };
import events from '../../data/events.json' with { type: 'json' };
import people from '../../data/people.json' with { type: 'json' };
import quotes from '../../data/quotes.json' with { type: 'json' };
import relationships from '../../data/relationships.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import type { CollectionName, Dataset } from './schema.ts';

/** The collections as read from disk, before validation. */
export const rawCollections: Record<CollectionName, unknown> = {
  sources,
  people,
  characters,
  relationships,
  episodes,
  events,
  quotes,
};

// Validated at build and test start-up; see the module comment.
const dataset = rawCollections as unknown as Dataset;

/** The whole dataset. Async so that callers are ready for it to come over the network one day. */
export function loadDataset(): Promise<Dataset> {
  return Promise.resolve(dataset);
}

/** Synchronous access for build-time code (prerender, sitemap) that runs outside React. */
export function datasetSync(): Dataset {
  return dataset;
}
