import { useSuspenseQuery } from '@tanstack/react-query';
import { SourceCitation } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { sourceListQuery } from './source-queries.ts';
import styles from './source-list.module.css';

/** Sources only spoilers cite are left out until the viewer's level allows them: a list has no placeholders. */
export function SourceList({ settings }: { settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(sourceListQuery());
  const { document: placed, failed, retry } = useGate(documents.sources, document, settings);
  const sources = placed.sources;
  return (
    <>
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <ul className={styles.list} data-gated="">
        {sources.map((s) => (
          <li key={s.id} id={s.id}>
            <SourceCitation source={s} />
          </li>
        ))}
      </ul>
    </>
  );
}
