import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SourceCitation } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import smallTarget from '@/lib/small-target.module.css';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { sourceIndexQuery, sourcePageQuery } from './source-queries.ts';
import { LinkedSourceFinder } from './source-finder.tsx';
import type { SourcePage, SourcePageDocument } from './sources.ts';
import styles from './source-list.module.css';

/** The years, each a link to its page and, for a year of more than one, to its later pages. */
export function SourceYears({ current }: { current?: SourcePage | undefined }) {
  const { data: index } = useSuspenseQuery(sourceIndexQuery());
  return (
    <nav aria-label="Sources by year" className={styles.years}>
      <ul>
        {index.years.map(({ year, parts }) => (
          <li key={year}>
            <Link to={paths.sourcePage(year)} aria-current={current?.year === year && current.part === 1 ? 'page' : undefined} className={smallTarget.target}>
              {year}
            </Link>
            {parts > 1 ? (
              <ul aria-label={`Later pages of ${year}`} className={styles.parts}>
                {Array.from({ length: parts - 1 }, (_, i) => i + 2).map((part) => (
                  <li key={part}>
                    <Link
                      to={paths.sourcePage(year, part)}
                      aria-label={`${year}, page ${part}`}
                      aria-current={current?.year === year && current.part === part ? 'page' : undefined}
                      className={smallTarget.target}
                    >
                      {part}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `/sources/`: the years, and a link to a source from before the sources had pages (`/sources/#id`) finds its page. */
export function SourceIndex({ settings }: { settings: SpoilerSettings }) {
  return (
    <>
      <SourceYears />
      <LinkedSourceFinder settings={settings} />
    </>
  );
}

/**
 * One page of a year's sources. Sources only spoilers cite are left out until the viewer's level allows them:
 * a list has no placeholders. A link to a source listed on another page goes on to it.
 */
export function SourceList({ page, settings }: { page: SourcePage; settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(sourcePageQuery(page.year, page.part));
  if (document) return <PlacedSources document={document} settings={settings} />;
  return (
    <>
      <p>No sources from {page.year} are listed.</p>
      <LinkedSourceFinder settings={settings} />
    </>
  );
}

function PlacedSources({ document, settings }: { document: SourcePageDocument & GatedDocument; settings: SpoilerSettings }) {
  const { document: placed, failed, retry } = useGate(documents.sourcePage(document.year, document.part), document, settings);
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
      <LinkedSourceFinder settings={settings} listed={sources} />
    </>
  );
}
