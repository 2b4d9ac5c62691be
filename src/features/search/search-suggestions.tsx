import { useEffect, type ReactNode } from 'react';
import { formatDate } from '@/lib/dates.ts';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { Highlighted } from './highlighted.tsx';
import { resultHref } from './result-href.ts';
import type { SearchResult } from './search-index.ts';
import { suggestionId } from './suggestion-id.ts';
import { SEARCH_KIND_LABELS, type SearchKind } from './search-kinds.ts';
import { useSearch } from './use-search-engine.ts';
import styles from './search-suggestions.module.css';

/** How many results are suggested: a screenful on a phone with the keyboard up. */
const SUGGESTIONS = 7;

/** The results in groups by kind, each group where its best result ranks, so the first option is the best. */
function groupByKind(results: readonly SearchResult[]): [SearchKind, SearchResult[]][] {
  const groups = new Map<SearchKind, SearchResult[]>();
  for (const r of results) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  return [...groups];
}

export type SuggestionsProps = {
  query: string;
  settings: SpoilerSettings;
  /** The option the arrow keys are on, or -1. */
  active: number;
  /** Moves the active option (Up and Down in the field). */
  onActive: (index: number) => void;
  /** Prefixes the ids of options and group labels (see `suggestionId`). */
  baseId: string;
  onChoose: (href: string) => void;
};

/**
 * The options of the header's suggestions listbox, grouped and labelled by kind, and last "All results"
 * (the results page). It loads in the engine's chunk, the first time the field is focused; while the index is
 * on its way only the last option shows, so the list always has something to choose.
 */
export function Suggestions({ query, settings, active, onActive, baseId, onChoose }: SuggestionsProps) {
  // While a query's shards arrive, the last answer's options stay.
  const { answer, pending } = useSearch(settings, query, { limit: SUGGESTIONS });

  // The keys work on the options as rendered: Up and Down move through them, wrapping at both ends (from the
  // field, Down goes to the first and Up to the last); Enter opens the active one.
  useEffect(() => {
    const field = document.getElementById(`${baseId}-input`);
    const onKeyDown = (e: KeyboardEvent) => {
      const count = document.getElementById(`${baseId}-list`)?.querySelectorAll('[role="option"]').length ?? 0;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (count > 0) onActive(e.key === 'ArrowDown' ? (active + 1) % count : (active <= 0 ? count : active) - 1);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        document.getElementById(suggestionId(baseId, active))?.click();
      }
    };
    field?.addEventListener('keydown', onKeyDown);
    return () => field?.removeEventListener('keydown', onKeyDown);
  }, [baseId, active, onActive]);
  const results = answer?.results ?? [];
  const groups = groupByKind(results);
  const shown = groups.flatMap(([, rs]) => rs);

  const option = (i: number, href: string, content: ReactNode) => (
    <div
      key={i}
      id={suggestionId(baseId, i)}
      role="option"
      aria-selected={i === active}
      className={styles.option}
      // The active option scrolls into view as the keys move through a list taller than the screen.
      ref={i === active ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
      // Keeps focus in the field, so the list doesn't close before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(href)}
    >
      {content}
    </div>
  );

  return (
    <>
      {groups.map(([kind, rs]) => (
        <div key={kind} role="group" aria-labelledby={`${baseId}-${kind}`}>
          <div role="presentation" id={`${baseId}-${kind}`} className={styles.group}>
            {SEARCH_KIND_LABELS[kind]}
          </div>
          {rs.map((r) =>
            option(
              shown.indexOf(r),
              // A result no page shows (a crew member's quote) leads to the results page, which does.
              resultHref(r) ?? paths.search(query),
              <>
                <span className={styles.title}>
                  <Highlighted text={r.title} ranges={r.titleHighlights} />
                </span>
                <span className={styles.detail}>
                  {r.date && r.kind === 'event' ? <time dateTime={r.date}>{formatDate(r.date)}: </time> : null}
                  {r.why ? (
                    <Highlighted text={r.why} ranges={r.whyHighlights ?? []} />
                  ) : (
                    <Highlighted text={r.snippet} ranges={r.snippetHighlights} />
                  )}
                </span>
              </>,
            ),
          )}
        </div>
      ))}
      {option(
        shown.length,
        paths.search(query),
        <span className={styles.all}>
          {answer && !pending && results.length === 0 ? 'Nothing quick to suggest. Search everything for' : 'All results for'} “{query}”
        </span>,
      )}
    </>
  );
}
