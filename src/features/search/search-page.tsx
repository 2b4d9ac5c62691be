import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { documents } from '@/lib/dataset.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { formatDate } from '@/lib/dates.ts';
import { createSearchEngine, SEARCH_KIND_LABELS, type SearchResult } from './search-index.ts';
import { searchCorpusQuery } from './search-queries.ts';
import styles from './search-page.module.css';

/** Where a result leads (see `SearchResult['target']`); null when no page shows it. */
function hrefOf(r: SearchResult): string | null {
  if (r.target === null) return null;
  switch (r.kind) {
    case 'event':
      return paths.timelineEvent(r.target);
    case 'episode':
      // The story in order, narrowed to that episode.
      return paths.timeline(new URLSearchParams({ order: 'story', from: r.target, to: r.target }));
    default:
      return paths.character(r.target);
  }
}

/** How many results the page lists. */
const PAGE_LIMIT = 100;

export function SearchPage({ settings }: { settings: SpoilerSettings }) {
  const hydrated = useHydrated();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  // The prerendered page has no query; read it only after hydration so the first render matches the HTML.
  const query = hydrated ? (params.get('q') ?? '') : '';

  return (
    <div className={styles.search}>
      <form role="search" action={paths.search()} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input">Search characters, cast, episodes, the timeline and quotes</label>
        <input
          id="search-input"
          type="search"
          name="q"
          value={query}
          autoComplete="off"
          maxLength={200}
          disabled={!hydrated}
          // The index loads only when search is used: start as soon as the field is focused.
          onFocus={() => void client.query(searchCorpusQuery()).catch(() => {})}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </form>
      <noscript>
        <p>Search needs JavaScript. The characters list and the timeline work without it.</p>
      </noscript>
      {query.trim() ? (
        <Suspense fallback={<p role="status">Loading search…</p>}>
          <SearchResults query={query.trim()} settings={settings} />
        </Suspense>
      ) : null}
    </div>
  );
}

function SearchResults({ query, settings }: { query: string; settings: SpoilerSettings }) {
  const { data: corpus } = useSuspenseQuery(searchCorpusQuery());
  const { document: placed, failed, retry } = useGate(documents.search, corpus, settings);
  // The gated documents the viewer may see land in the corpus's empty list; the public ones are in the index.
  const engine = useMemo(() => createSearchEngine(corpus, placed.documents), [corpus, placed]);
  const { results, total } = useMemo(() => engine.search(query, { limit: PAGE_LIMIT }), [engine, query]);

  return (
    <section aria-labelledby="results-heading">
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <h2 id="results-heading" aria-live="polite">
        {total === 0 ? `No results for “${query}”` : `${total} result${total === 1 ? '' : 's'} for “${query}”`}
      </h2>
      <ul className={styles.results}>
        {results.map((r) => {
          const href = hrefOf(r);
          return (
            <li key={r.key}>
              {href ? <Link to={href}>{r.title}</Link> : r.title}
              <span className={styles.kind}>
                {' '}· {SEARCH_KIND_LABELS[r.kind]}
                {r.date ? ` · ${formatDate(r.date)}` : ''}
              </span>
              {r.why ? <div>{r.why}</div> : null}
              {r.snippet ? <div>{r.snippet}</div> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
