import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { documents } from '@/lib/dataset.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { createSearchEngine, type SearchResult } from './search-index.ts';
import { searchCorpusQuery } from './search-queries.ts';
import styles from './search-page.module.css';

const hrefOf = (r: SearchResult) => (r.kind === 'character' ? paths.character(r.target) : paths.timelineEvent(r.target));

export function SearchPage({ settings }: { settings: SpoilerSettings }) {
  const hydrated = useHydrated();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  // The prerendered page has no query; read it only after hydration so the first render matches the HTML.
  const query = hydrated ? (params.get('q') ?? '') : '';

  return (
    <div className={styles.search}>
      <form role="search" action={paths.search()} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input">Search characters, cast and the timeline</label>
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
  const results = useMemo(() => engine.search(query), [engine, query]);

  return (
    <section aria-labelledby="results-heading">
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <h2 id="results-heading" aria-live="polite">
        {results.length === 0
          ? `No results for “${query}”`
          : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`}
      </h2>
      <ul className={styles.results}>
        {results.map((r) => (
          <li key={`${r.kind}:${r.target}`}>
            <Link to={hrefOf(r)}>{r.title}</Link>
            <span className={styles.kind}> · {r.kind === 'character' ? 'Character' : 'Timeline'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
