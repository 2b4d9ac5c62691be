import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { documents, loadGatedPart, loadRequiredDocument } from './dataset.ts';
import { NOTHING_REVEALED, partsNeeded, stubsOf } from './gated.ts';
import type { Episode } from './schema.ts';
import { seasonLengthsOf, type SpoilerSettings } from './spoilers.ts';

/** The episodes, safe to show: what spoiler levels are made of. Every page's header needs them. */
export type EpisodeSummary = Pick<Episode, 'id' | 'season' | 'number' | 'title'>;

export const episodesQuery = () =>
  queryOptions({
    queryKey: ['episodes'] as const,
    queryFn: () => loadRequiredDocument<EpisodeSummary[]>(documents.episodes),
  });

/** One gated part of a document: a whole episode's items, or one item the viewer revealed. */
export const gatedPartQuery = (name: string, part: string) =>
  queryOptions({
    queryKey: ['gated', name, part] as const,
    queryFn: () => loadGatedPart(name, part),
  });

/**
 * Starts fetching the parts a document needs at these settings, without waiting: a route loader calls it so
 * a returning viewer's spoilers are on their way while the page hydrates at the no-spoilers level.
 */
export function prefetchGatedParts(
  client: QueryClient,
  name: string,
  document: unknown,
  settings: SpoilerSettings,
  episodes: readonly EpisodeSummary[],
) {
  for (const part of partsNeeded(stubsOf(document), settings, seasonLengthsOf(episodes), NOTHING_REVEALED)) {
    client.query(gatedPartQuery(name, part)).catch(() => {
      // The page's own request for it shows the failure and offers to retry.
    });
  }
}
