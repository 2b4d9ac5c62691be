import { storedSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { episodesQuery, prefetchGatedParts } from '@/lib/gated-queries.ts';
import { queryClient } from './query-client.ts';

/**
 * For a route loader: starts fetching the gated parts of `document` that the viewer's stored level allows,
 * so they arrive while the page hydrates at the no-spoilers level. Never waited for, and never on the server.
 */
export function prefetchStoredSpoilers(name: string, document: GatedDocument | null): void {
  if (typeof window === 'undefined' || !document) return;
  queryClient
    .query(episodesQuery())
    .then((episodes) => prefetchGatedParts(queryClient, name, document, storedSpoilerSettings(episodes)))
    .catch(() => {
      // The page's own requests report failures.
    });
}
