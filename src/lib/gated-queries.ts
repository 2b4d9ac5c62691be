import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { documents, loadGatedPart, loadRequiredDocument } from './dataset.ts';
import { levelPartName, type GatedDocument, type LevelPart, type ListPart } from './gated.ts';
import type { Episode } from './schema.ts';
import type { SpoilerSettings } from './spoilers.ts';

/** The episodes, safe to show: what spoiler levels are made of. Every page's header needs them. */
export type EpisodeSummary = Pick<Episode, 'id' | 'season' | 'number' | 'title'>;

export const episodesQuery = () =>
  queryOptions({
    queryKey: ['episodes'] as const,
    queryFn: () => loadRequiredDocument<EpisodeSummary[]>(documents.episodes),
  });

/** One gated part of a document: what a level may see (`upto-s2e3`), or one list the viewer asked to see. */
export const gatedPartQuery = (name: string, part: string) =>
  queryOptions({
    queryKey: ['gated', 'part', name, part] as const,
    queryFn: () => loadGatedPart<LevelPart | ListPart>(name, part),
  });

/**
 * Starts fetching the part a document needs at these settings, without waiting: a route loader calls it so
 * a returning viewer's spoilers are on their way while the page hydrates at the no-spoilers level.
 */
export function prefetchGatedParts(client: QueryClient, name: string, document: GatedDocument | null, settings: SpoilerSettings) {
  const part = levelPartName(settings);
  if (!document?.moreLater?.length || part === null) return;
  client.query(gatedPartQuery(name, part)).catch(() => {
    // The page's own request for it shows the failure and offers to retry.
  });
}
