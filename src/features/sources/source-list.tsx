import { useSuspenseQuery } from '@tanstack/react-query';
import { SourceCitation } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import { NOTHING_REVEALED, visibleItems } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { sourceListQuery } from './source-queries.ts';
import { viewSourceList } from './sources.ts';
import styles from './source-list.module.css';

/** Sources only spoilers cite are left out until the viewer's level allows them: a list has no placeholders. */
export function SourceList({ settings }: { settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(sourceListQuery());
  const { gate, failed, retry } = useGate(documents.sources, document, settings, NOTHING_REVEALED);
  const sources = visibleItems(viewSourceList(document, gate));
  return (
    <>
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <ul className={styles.list}>
        {sources.map((s) => (
          <li key={s.id} id={s.id}>
            <SourceCitation source={s} />
          </li>
        ))}
      </ul>
    </>
  );
}
