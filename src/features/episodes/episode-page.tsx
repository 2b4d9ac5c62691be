import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { EpisodeArticle } from './episode-article.tsx';
import { viewEpisode, type EpisodeDocument } from './episode-view.ts';

/**
 * An episode page at the viewer's level; its head tags are the route's. Sections shown by hand live in state
 * here, so they hold until the page is left: render it with `key={id}` so another episode starts fresh.
 */
export function EpisodePage({ document, settings }: { document: EpisodeDocument & GatedDocument; settings: SpoilerSettings }) {
  const gated = useGate(documents.episode(document.episode.id), document, settings);
  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <EpisodeArticle view={viewEpisode(gated.document)} sections={gated} />
    </>
  );
}
