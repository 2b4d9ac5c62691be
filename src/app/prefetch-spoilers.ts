import type { QueryClient } from '@tanstack/react-query';
import { storedSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { episodesQuery, fetchGatedParts } from '@/lib/gated-queries.ts';

/**
 * For a route loader: fetches the gated part of `document` that the viewer's stored level allows, so the page
 * renders complete at once instead of filling in after it appears (a returning viewer's first page, whose
 * content would otherwise jump). Never fails: a part that can't be fetched is reported by the page itself,
 * with a retry. Nothing to do on the server, which renders for a new visitor.
 */
export async function storedSpoilersLoaded(queryClient: QueryClient, name: string, document: GatedDocument | null): Promise<void> {
  if (typeof window === 'undefined' || !document) return;
  try {
    const episodes = await queryClient.query(episodesQuery());
    await fetchGatedParts(queryClient, name, document, storedSpoilerSettings(episodes));
  } catch {
    // The page's own request reports it.
  }
}
