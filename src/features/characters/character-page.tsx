import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { useSuspenseQuery } from '@tanstack/react-query';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { isRevealed, seasonLengthsOf, type SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { CharacterArticle } from './character-article.tsx';
import { viewCharacter, type CharacterDocument } from './character-view.ts';

/**
 * The character page at the viewer's level; its head tags are the route's. Sections shown by hand live in state
 * here, so they hold until the page is left: render it with `key={slug}` so another character starts fresh.
 */
export function CharacterPage({ slug, document, settings }: { slug: string; document: CharacterDocument & GatedDocument; settings: SpoilerSettings }) {
  const gated = useGate(documents.character(slug), document, settings);
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const seasons = seasonLengthsOf(episodes);
  const seenSeasons = new Set([...seasons.keys()].filter((season) => isRevealed(`s${season}`, settings, seasons)));
  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <CharacterArticle view={viewCharacter(gated.document)} sections={gated} seenSeasons={seenSeasons} />
    </>
  );
}
