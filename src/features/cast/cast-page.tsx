import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { CastArticle } from './cast-article.tsx';
import { viewCast, type CastDocument } from './cast-view.ts';

/**
 * A person's page at the viewer's level. Sections shown by hand live in state here, so they hold until the
 * page is left: render it with `key={person}` so another person starts fresh.
 */
export function CastPage({ document, settings }: { document: CastDocument & GatedDocument; settings: SpoilerSettings }) {
  const gated = useGate(documents.cast(document.person.id), document, settings);
  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <CastArticle view={viewCast(gated.document)} sections={gated} />
    </>
  );
}
