import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '@/lib/dates.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { MAX_QUERY_LENGTH, paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { Highlighted } from './highlighted.tsx';
import { resultHref } from './result-href.ts';
import type { SearchRequest, SearchResult, SearchResults } from './search-index.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from './search-kinds.ts';
import { prefetchSearchCorpus } from './prefetch-search-corpus.ts';
import { useSearch, type Answered } from './use-search-engine.ts';
import styles from './search-page.module.css';

/**
 * How many results the page draws at first, and how many more each "Show more results" adds: a phone's
 * screenful and more, as many as a search engine's first page. Each drawn result costs its record (a request
 * at 100 times the data), its snippet and its layout, so drawing a hundred at once kept a throttled phone from
 * painting any (decision 0034), and 20 held the first paint of results a round trip longer than 10.
 */
const PAGE_SIZE = 10;

/** What the results page asks the engine for: `limit` results of these kinds (all when none), and "Did you mean". */
export const resultsRequest = (kinds: readonly SearchKind[], limit = PAGE_SIZE): SearchRequest => ({
  limit,
  kinds: kinds.length > 0 ? kinds : undefined,
  suggest: true,
});

const KINDS = Object.keys(SEARCH_KIND_LABELS) as SearchKind[];
const isKind = (v: string): v is SearchKind => (KINDS as string[]).includes(v);

/** The query and the kinds to show, from the URL; unknown kinds are ignored (a shared link may be old). */
export function parseSearchParams(params: URLSearchParams): { query: string; kinds: SearchKind[] } {
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), kinds: [...new Set(params.getAll('type').filter(isKind))] };
}

const NO_SEARCH = { query: '', kinds: [] as SearchKind[] };

function searchParamsOf(query: string, kinds: readonly SearchKind[]): URLSearchParams {
  const params = new URLSearchParams(query ? { q: query } : {});
  for (const kind of KINDS.filter((k) => kinds.includes(k))) params.append('type', kind);
  return params;
}

export function SearchPage({ settings }: { settings: SpoilerSettings }) {
  const hydrated = useHydrated();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // The prerendered page has no query; read it only after hydration so the first render matches the HTML.
  const { query, kinds } = useMemo(() => (hydrated ? parseSearchParams(params) : NO_SEARCH), [hydrated, params]);
  // `replace`, so Back leaves search instead of stepping through keystrokes; `preventScrollReset`, so ticking a
  // type far down the page doesn't jump to the top; `flushSync`, because the URL is the field's value, and a
  // transition would let the caret jump while typing.
  const update = (nextQuery: string, nextKinds: readonly SearchKind[]) => {
    const search = searchParamsOf(nextQuery, nextKinds).toString();
    void navigate({ search: search ? `?${search}` : '' }, { replace: true, preventScrollReset: true, flushSync: true });
  };

  return (
    <div className={styles.search}>
      <form role="search" aria-labelledby="search-label" action={paths.search()} method="get" onSubmit={(e) => e.preventDefault()}>
        <label id="search-label" htmlFor="search-input">Search characters, cast, episodes, the timeline and quotes</label>
        <input
          id="search-input"
          type="search"
          name="q"
          value={query}
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          disabled={!hydrated}
          // The index loads only when search is used: start as soon as the field is focused.
          onFocus={() => void prefetchSearchCorpus(client)}
          onChange={(e) => update(e.target.value, kinds)}
        />
      </form>
      <noscript>
        <p>Search needs JavaScript. The characters list and the timeline work without it.</p>
      </noscript>
      {query.trim() ? <SearchResults query={query.trim()} kinds={kinds} settings={settings} onKinds={(next) => update(query, next)} /> : null}
    </div>
  );
}

type ResultsProps = {
  query: string;
  kinds: SearchKind[];
  settings: SpoilerSettings;
  onKinds: (kinds: SearchKind[]) => void;
};

function SearchResults({ query, kinds, settings, onKinds }: ResultsProps) {
  // How many results to draw, for this query and these kinds: a new search starts from one screenful again.
  const search = JSON.stringify([query, kinds]);
  const [drawn, setDrawn] = useState({ search, limit: PAGE_SIZE });
  const limit = drawn.search === search ? drawn.limit : PAGE_SIZE;
  const { answer, failed, gateFailed, retry } = useSearch(settings, query, resultsRequest(kinds, limit));
  if (!answer || failed) return failed ? <SearchUnavailable onRetry={retry} /> : <p role="status">Loading search…</p>;
  return (
    <ResultList
      answer={answer}
      kinds={kinds}
      onKinds={onKinds}
      onMore={() => setDrawn({ search, limit: limit + PAGE_SIZE })}
      gateFailed={gateFailed}
      retry={retry}
    />
  );
}

/** The index itself could not be fetched: offline before search was ever used, or a deploy in between. */
function SearchUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <p role="alert">
      Search couldn’t be loaded. Check your connection.{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}

type ResultListProps = Pick<ResultsProps, 'kinds' | 'onKinds'> & { answer: Answered; onMore: () => void; gateFailed: boolean; retry: () => void };

/** The answer to a query: while a newer query's shards arrive, the last answer stays, with its own query. */
function ResultList({ answer, kinds, onKinds, onMore, gateFailed, retry }: ResultListProps) {
  const { query, results, total, counts, suggestion } = answer;
  const all = KINDS.reduce((n, k) => n + counts[k], 0);
  // After "Show more results", focus goes to the first result it drew, where the reader goes on reading: the
  // button moves down, or is gone once every result is drawn.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const at = firstNew.current;
    if (at === null || results.length <= at) return;
    firstNew.current = null;
    const item = list.current?.children[at];
    (item?.querySelector('a') ?? (item as HTMLElement | undefined))?.focus();
  }, [results]);

  return (
    <section aria-labelledby="results-heading">
      {/* The public index is here; only the viewer's spoiler part is missing. */}
      {gateFailed ? <GatedUnavailable onRetry={retry} /> : null}
      <h2 id="results-heading" aria-live="polite">
        {total > 0
          ? `${total} result${total === 1 ? '' : 's'} for “${query}”`
          : all > 0
            ? `No results of the chosen types for “${query}”`
            : `No results for “${query}”`}
      </h2>
      {all > 0 ? <KindFilter kinds={kinds} counts={counts} all={all} onKinds={onKinds} /> : null}
      {all === 0 ? (
        <div className={styles.none}>
          {suggestion ? (
            <p>
              Did you mean <Link to={paths.search(suggestion)}>{suggestion}</Link>?
            </p>
          ) : null}
          <p>
            {suggestion ? 'Or browse' : 'Browse'} <Link to={paths.characters()}>all characters</Link> and{' '}
            <Link to={paths.timeline()}>the timeline</Link>.
          </p>
        </div>
      ) : null}
      <ol ref={list} className={styles.results}>
        {results.map((r) => (
          <ResultItem key={r.key} result={r} />
        ))}
      </ol>
      {total > results.length ? (
        <p className={styles.more}>
          Showing the first {results.length}.{' '}
          <button
            type="button"
            className="outlined-control"
            onClick={() => {
              firstNew.current = results.length;
              onMore();
            }}
          >
            Show more results
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** Show results of some kinds only: real checkboxes, each with its count; none checked shows every kind. */
function KindFilter({ kinds, counts, all, onKinds }: { kinds: SearchKind[]; counts: SearchResults['counts']; all: number; onKinds: (kinds: SearchKind[]) => void }) {
  return (
    <fieldset className={styles.kinds}>
      <legend>Show</legend>
      <label className={styles.kind}>
        <input type="checkbox" checked={kinds.length === 0} onChange={() => onKinds([])} />
        Everything <span className={styles.count}>({all})</span>
      </label>
      {KINDS.filter((k) => counts[k] > 0 || kinds.includes(k)).map((k) => (
        <label key={k} className={styles.kind}>
          <input
            type="checkbox"
            checked={kinds.includes(k)}
            onChange={(e) => onKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
          />
          {SEARCH_KIND_LABELS[k]} <span className={styles.count}>({counts[k]})</span>
        </label>
      ))}
    </fieldset>
  );
}

function ResultItem({ result: r }: { result: SearchResult }) {
  const href = resultHref(r);
  const title = <Highlighted text={r.title} ranges={r.titleHighlights} />;
  return (
    // A result without a link can still take focus after "Show more results".
    <li className={styles.result} tabIndex={href ? undefined : -1}>
      <p className={styles.title}>
        {href ? <Link to={href}>{title}</Link> : title}
        <span className={styles.meta}>
          {' '}
          · {SEARCH_KIND_LABELS[r.kind]}
          {r.date ? (
            <>
              {' '}
              · <time dateTime={r.date}>{formatDate(r.date)}</time>
            </>
          ) : null}
        </span>
      </p>
      {r.why ? (
        <p className={styles.why}>
          <Highlighted text={r.why} ranges={r.whyHighlights ?? []} />
        </p>
      ) : null}
      {r.snippet ? (
        <p className={styles.snippet}>
          <Highlighted text={r.snippet} ranges={r.snippetHighlights} />
        </p>
      ) : null}
    </li>
  );
}
