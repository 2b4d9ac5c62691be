import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { documents, loadGatedPart, loadRequiredDocument } from './dataset.ts';
import { levelPartName, type GatedDocument, type LevelPart, type ListPart } from './gated.ts';
import type { Episode } from './schema.server.ts';
import type { SpoilerSettings } from './spoilers.ts';

/**
 * The episodes, safe to show: what spoiler levels are made of. Every page's header needs them. The document
 * lists them in watch order (src/app/site-documents.server.ts), which level parts and episode ranges rely on.
 */
export type EpisodeSummary = Pick<Episode, 'id' | 'season' | 'number' | 'title' | 'runtimeMinutes'> & {
  /** The range its season's episodes run to, when the episode's own length isn't published (no sources: a tile cites nothing). */
  runtimeAbout?: { from: number; to: number } | undefined;
};

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
 * Fetches the part a document needs at these settings (cached for the visit), for a route loader; resolves
 * at once when the settings see only public content.
 */
export async function fetchGatedParts(client: QueryClient, name: string, document: GatedDocument, settings: SpoilerSettings) {
  const part = levelPartName(settings);
  if (!document.moreLater?.length || part === null) return;
  await client.query(gatedPartQuery(name, part));
}
