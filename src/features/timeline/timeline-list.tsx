import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { sourceName } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import { formatDate } from '@/lib/dates.ts';
import { EpisodeBadge, MoreHidden, useFocusOnShown } from '@/lib/gated-section.tsx';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import type { TimelineEntry } from './timeline.ts';
import { TimelineFilterForm, type FilterOptions } from './timeline-filter-form.tsx';
import {
  CATEGORY_LABELS,
  countBy,
  filterEntries,
  filtersToParams,
  hasFilters,
  NO_FILTERS,
  parseFilters,
  type IgnoredValue,
  type TimelineFilters,
} from './timeline-filters.ts';
import { timelineQuery } from './timeline-queries.ts';
import styles from './timeline-list.module.css';

/** The list of events the timeline's spoilers live in. */
const EVENTS = 'entries';

export function TimelineList({ settings }: { settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(timelineQuery());
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const gated = useGate(documents.timeline, document, settings);
  const hidden = gated.hidden.has(EVENTS);
  const { listRef, show, listClassName } = useFocusOnShown<HTMLOListElement>(hidden, () => gated.show(EVENTS));
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();

  const episodeIds = useMemo(() => episodes.map((e) => e.id), [episodes]);
  const known = useMemo(() => ({ characters: new Set(document.characters.map((c) => c.id)), episodes: episodeIds }), [document, episodeIds]);
  // The prerendered page has no query: read it only after hydration, so the first render matches the HTML.
  const { filters, ignored } = hydrated ? parseFilters(params, known) : { filters: NO_FILTERS, ignored: [] };
  // Everything below counts only what the viewer may see, so no number hints at a hidden event.
  const visible = gated.document.entries;
  const shown = filterEntries(visible, filters, episodeIds);
  const options = useFilterOptions(visible, document.characters, episodes, filters);
  // `replace`: Back leaves the timeline instead of undoing filter clicks.
  const update = (next: TimelineFilters) => setParams(filtersToParams(next), { replace: true, preventScrollReset: true });

  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <TimelineFilterForm filters={filters} options={options} onChange={update} disabled={!hydrated} />
      {/* What the filters and the viewer's level change, held back together while the page settles. */}
      <div data-gated="">
        {ignored.length > 0 ? <IgnoredNote ignored={ignored} /> : null}
        <p role="status" className={styles.status}>
          Showing {shown.length} of {visible.length} events
        </p>
        {hasFilters(filters) ? <ActiveFilters filters={filters} options={options} onChange={update} /> : null}
        {hidden ? <MoreHidden showing={gated.showing.has(EVENTS)} onShow={show} what="the timeline" /> : null}
        {shown.length === 0 ? (
          <div className={styles.empty}>
            <p>No events match these filters.</p>
            <button type="button" className={styles.clear} onClick={() => update(NO_FILTERS)}>
              Clear the filters
            </button>
          </div>
        ) : null}
        <ol ref={listRef} tabIndex={-1} className={`${listClassName} ${styles.timeline}`}>
          {shown.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} />
          ))}
        </ol>
      </div>
    </>
  );
}

/** The choices the filters offer, from the events the viewer may see (and anything already chosen). */
function useFilterOptions(
  visible: readonly TimelineEntry[],
  characters: readonly { id: string; name: string }[],
  episodes: readonly { id: string; season: number; number: number; title: string }[],
  filters: TimelineFilters,
): FilterOptions {
  return useMemo(() => {
    const byCharacter = countBy(visible, (e) => e.characters);
    const byYear = countBy(visible, (e) => [e.date.slice(0, 4)]);
    return {
      categories: countBy(visible, (e) => [e.category]),
      characters: characters
        .filter((c) => byCharacter.has(c.id) || filters.characters.includes(c.id))
        .map((c) => ({ ...c, count: byCharacter.get(c.id) ?? 0 })),
      years: [...new Set([...byYear.keys(), ...(filters.year ? [filters.year] : [])])]
        .sort()
        .map((year) => ({ year, count: byYear.get(year) ?? 0 })),
      episodes: episodes.map((e) => ({ id: e.id, label: `S${e.season} · E${e.number} ${e.title}` })),
    };
  }, [visible, characters, episodes, filters.characters, filters.year]);
}

/** One button per active filter to clear it, and one to clear them all. */
function ActiveFilters({ filters, options, onChange }: { filters: TimelineFilters; options: FilterOptions; onChange: (next: TimelineFilters) => void }) {
  const nameOf = (id: string) => options.characters.find((c) => c.id === id)?.name ?? id;
  const episodeOf = (id: string) => options.episodes.find((e) => e.id === id)?.label ?? id;
  const chips: { key: string; label: string; without: TimelineFilters }[] = [
    ...filters.categories.map((c) => ({ key: `category:${c}`, label: CATEGORY_LABELS[c], without: { ...filters, categories: filters.categories.filter((x) => x !== c) } })),
    ...filters.characters.map((c) => ({ key: `character:${c}`, label: nameOf(c), without: { ...filters, characters: filters.characters.filter((x) => x !== c) } })),
    ...(filters.year ? [{ key: 'year', label: filters.year, without: { ...filters, year: null } }] : []),
    ...(filters.from ? [{ key: 'from', label: `From ${episodeOf(filters.from)}`, without: { ...filters, from: null } }] : []),
    ...(filters.to ? [{ key: 'to', label: `To ${episodeOf(filters.to)}`, without: { ...filters, to: null } }] : []),
  ];
  return (
    <ul className={styles.chips} aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className={styles.chip} onClick={() => onChange(chip.without)} aria-label={`Remove filter: ${chip.label}`}>
            {chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className={styles.clear} onClick={() => onChange(NO_FILTERS)}>
          Clear all filters
        </button>
      </li>
    </ul>
  );
}

/** Values in the link that the timeline doesn't know: said plainly, then left out. */
function IgnoredNote({ ignored }: { ignored: IgnoredValue[] }) {
  const shown = ignored.map((i) => `${i.name} “${i.value.length > 40 ? `${i.value.slice(0, 40)}…` : i.value}”`);
  return (
    <p className={styles.ignored} role="note">
      Some filters in this link weren’t recognised and were left out: {shown.join(', ')}.
    </p>
  );
}

function TimelineItem({ entry: e }: { entry: TimelineEntry }) {
  return (
    <li id={e.id} className={styles.event} data-kind={e.kind}>
      <div className={styles.meta}>
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        <span className={styles.kind}>{CATEGORY_LABELS[e.category]}</span>
        {e.reveals ? <EpisodeBadge reveals={e.reveals} /> : null}
        <MediumLabel medium={e.medium} />
      </div>
      <h2 className={styles.title}>{e.title}</h2>
      <p>{e.summary}</p>
      {e.note ? <p className={styles.note}>Note: {e.note}</p> : null}
      {e.people.length > 0 ? (
        <p className={styles.people}>
          With{' '}
          {e.people.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : null}
              <Link to={paths.character(p.id)}>{p.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className={styles.sources}>
        Source{e.cited.length > 1 ? 's' : ''}:{' '}
        {e.cited.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? '; ' : null}
            <a href={paths.source(s.id)}>{sourceName(s)}</a>
          </span>
        ))}
      </p>
    </li>
  );
}
