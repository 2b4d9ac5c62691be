import { useSuspenseQuery } from '@tanstack/react-query';
import { Fragment, useMemo, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { documents } from '@/lib/dataset.ts';
import { MoreHidden, useFocusOnShown } from '@/lib/gated-section.tsx';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import type { TimelineEntry } from './timeline.ts';
import { TimelineEvent, type CopyResult } from './timeline-event.tsx';
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
  type TimelineOrder,
} from './timeline-filters.ts';
import { timelineQuery } from './timeline-queries.ts';
import { TimelineRibbon } from './timeline-ribbon.tsx';
import { eventCount, periodAnchor, releaseRows, rowAnchor, storyRows, type PeriodRow, type TimelineRow } from './timeline-rows.ts';
import { useLinkedRow } from './use-linked-row.ts';
import { useTimelineScroller } from './use-timeline-scroller.ts';
import styles from './timeline-list.module.css';

/** The list of events the timeline's spoilers live in. */
const EVENTS = 'entries';

type Props = {
  settings: SpoilerSettings;
  /** Opens the header's "I've watched" control: how a link to a hidden event offers to show it. */
  onChangeLevel: () => void;
};

export function TimelineList({ settings, onChangeLevel }: Props) {
  const { data: document } = useSuspenseQuery(timelineQuery());
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const gated = useGate(documents.timeline, document, settings);
  const hidden = gated.hidden.has(EVENTS);
  const { listRef: shownRef, show, listClassName } = useFocusOnShown<HTMLDivElement>(hidden, () => gated.show(EVENTS));
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const focusOnArrival = useRef(false);

  const episodeIds = useMemo(() => episodes.map((e) => e.id), [episodes]);
  const episodeTitles = useMemo(() => new Map(episodes.map((e) => [e.id, e.title])), [episodes]);
  const known = useMemo(() => ({ characters: new Set(document.characters.map((c) => c.id)), episodes: episodeIds }), [document, episodeIds]);
  // The prerendered page has no query: read it only after hydration, so the first render matches the HTML.
  const view = useMemo(() => (hydrated ? parseFilters(params, known) : DEFAULT_VIEW), [hydrated, params, known]);
  const { filters, order, ignored } = view;
  // Everything below counts only what the viewer may see, so no number hints at a hidden event.
  const visible = gated.document.entries;
  const rows = useMemo(() => {
    const shown = filterEntries(visible, filters, episodeIds);
    return order === 'story' ? storyRows(shown, episodes, document.seasons) : releaseRows(shown);
  }, [visible, filters, order, episodeIds, episodes, document.seasons]);
  const shownCount = eventCount(rows);
  const options = useFilterOptions(visible, document.characters, episodes, filters);
  const ribbon = useMemo(() => ribbonOf(visible, rows), [visible, rows]);
  // One list: what the scroller measures, and where focus lands once "Show" has revealed the story events.
  const scroller = useTimelineScroller(rows, hydrated, shownRef);
  const linked = useLinkedRow(rows, hydrated, (index) => {
    scroller.scrollTo(index, focusOnArrival.current);
    focusOnArrival.current = false;
  });

  // `replace`: Back leaves the timeline instead of undoing filter clicks. The fragment (a linked event) stays.
  // `flushSync`: the URL is what checks the box, so it updates in the click itself, not in a later transition
  // (which would show the box unchecked for a moment).
  const update = (next: TimelineFilters, nextOrder: TimelineOrder = order) => {
    const query = filtersToParams(next, nextOrder);
    void navigate({ search: query.size ? `?${query}` : '', hash }, { replace: true, preventScrollReset: true, flushSync: true });
  };

  const copyLink = async (entry: TimelineEntry) => {
    const url = new URL(paths.timelineEvent(entry.id, filtersToParams(filters, order)), window.location.origin).href;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is shown to copy by hand instead.
    }
    setCopy({ id: entry.id, url, copied, title: entry.title });
    if (copied) setTimeout(() => setCopy((now) => (now?.id === entry.id && now.copied ? null : now)), 4000);
  };

  const linkNote = hydrated && linked.target !== null && !linked.found ? linkProblem(linked.target, visible, settings) : null;
  const showLinked = () => {
    const target = visible.find((e) => e.id === linked.target);
    if (!target) return;
    focusOnArrival.current = true;
    const inStory = storyRows([target], episodes, document.seasons).length > 0;
    update(NO_FILTERS, order === 'story' && inStory ? 'story' : 'release');
  };

  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <TimelineFilterForm
        filters={filters}
        options={options}
        onChange={update}
        order={order}
        onOrderChange={(next) => update(filters, next)}
        disabled={!hydrated}
      />
      {/* What the filters and the viewer's level change, held back together while the page settles. */}
      <div data-gated="">
        {ignored.length > 0 ? <IgnoredNote ignored={ignored} /> : null}
        {linkNote ? <LinkNote problem={linkNote} onShow={showLinked} onChangeLevel={onChangeLevel} /> : null}
        <p role="status" className={styles.status}>
          Showing {shownCount} of {visible.length} events
        </p>
        {hasFilters(filters) ? <ActiveFilters filters={filters} options={options} onChange={update} /> : null}
        {hidden ? <MoreHidden showing={gated.showing.has(EVENTS)} onShow={show} what="the timeline" /> : null}
        {shownCount === 0 ? (
          <div className={styles.empty}>
            <p>No events match these filters.</p>
            <button type="button" className={styles.clear} onClick={() => update(NO_FILTERS)}>
              Clear the filters
            </button>
          </div>
        ) : null}
        {order === 'release' ? (
          <TimelineRibbon
            counts={ribbon.counts}
            span={ribbon.span}
            onJump={(key) => {
              const index = rows.findIndex((r) => r.kind === 'period' && r.key === key);
              if (index >= 0) scroller.scrollTo(index, true);
            }}
          />
        ) : null}
        <TimelineRows
          rows={rows}
          scroller={scroller}
          listRef={shownRef}
          className={listClassName}
          episodeTitles={episodeTitles}
          target={linked.target}
          copy={copy}
          onCopyLink={copyLink}
        />
      </div>
      <p role="status" className="visually-hidden">
        {copy ? (copy.copied ? `Link to “${copy.title}” copied.` : `Couldn’t copy the link to “${copy.title}”: it is shown under the event to copy by hand.`) : null}
      </p>
    </>
  );
}

const DEFAULT_VIEW = { filters: NO_FILTERS, order: 'release' as TimelineOrder, ignored: [] };

/** The ribbon's counts per month (or year, for year-only dates) of what the list shows, over the years the viewer may see. */
function ribbonOf(visible: readonly TimelineEntry[], rows: readonly TimelineRow[]) {
  const years = visible.map((e) => Number(e.date.slice(0, 4)));
  const span = { from: Math.min(...years), to: Math.max(...years) };
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'event') continue;
    const key = row.entry.date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { span, counts };
}

type LinkProblem = 'filtered' | 'maybe-hidden' | 'missing';

/** Why the event a link names isn't in the list, in words that give nothing away. Period anchors are left alone. */
function linkProblem(target: string, visible: readonly TimelineEntry[], settings: SpoilerSettings): LinkProblem | null {
  if (target.startsWith(periodAnchor(''))) return null;
  if (visible.some((e) => e.id === target)) return 'filtered';
  return settings.showAll ? 'missing' : 'maybe-hidden';
}

function LinkNote({ problem, onShow, onChangeLevel }: { problem: LinkProblem; onShow: () => void; onChangeLevel: () => void }) {
  return (
    <div className={styles.ignored} role="note">
      {problem === 'filtered' ? (
        <p>
          The event this link points to isn’t in the current view.{' '}
          <button type="button" className={styles.clear} onClick={onShow}>
            Show it
          </button>
        </p>
      ) : problem === 'maybe-hidden' ? (
        <p>
          The event this link points to isn’t shown. It may be from an episode you haven’t marked as watched, or it
          may no longer be on the timeline.{' '}
          <button type="button" className={styles.clear} onClick={onChangeLevel}>
            Change what I’ve watched
          </button>
        </p>
      ) : (
        <p>No event on the timeline has this link. It may have been removed.</p>
      )}
    </div>
  );
}

/** The rows, drawn whole or (for very long lists) only near the viewport. */
function TimelineRows({
  rows,
  scroller,
  listRef,
  className,
  episodeTitles,
  target,
  copy,
  onCopyLink,
}: {
  rows: readonly TimelineRow[];
  scroller: ReturnType<typeof useTimelineScroller>;
  listRef: RefObject<HTMLDivElement | null>;
  className: string | undefined;
  episodeTitles: ReadonlyMap<string, string>;
  target: string | null;
  copy: CopyResult | null;
  onCopyLink: (entry: TimelineEntry) => void;
}) {
  const { virtual, virtualizer } = scroller;
  const draw = (row: TimelineRow) =>
    row.kind === 'period' ? (
      <PeriodHeading row={row} />
    ) : (
      <TimelineEvent
        entry={row.entry}
        episodeTitle={row.entry.reveals ? episodeTitles.get(row.entry.reveals) : undefined}
        level={row.level}
        targeted={row.entry.id === target}
        copy={copy?.id === row.entry.id ? copy : null}
        onCopyLink={onCopyLink}
      />
    );
  if (!virtual) {
    return (
      <div ref={listRef} tabIndex={-1} className={`${className ?? ''} ${styles.timeline}`}>
        {rows.map((row) => (
          <Fragment key={rowAnchor(row)}>{draw(row)}</Fragment>
        ))}
      </div>
    );
  }
  return (
    <div ref={listRef} tabIndex={-1} className={`${className ?? ''} ${styles.timeline}`} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().flatMap((item) => {
        const row = rows[item.index];
        return row ? [
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className={styles.virtualRow}
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {draw(row)}
        </div>] : [];
      })}
    </div>
  );
}

function PeriodHeading({ row }: { row: PeriodRow }) {
  const Heading = row.level === 2 ? 'h2' : 'h3';
  return (
    <Heading id={periodAnchor(row.key)} className={styles.period} data-level={row.level} tabIndex={-1}>
      {row.datetime ? <time dateTime={row.datetime}>{row.label}</time> : row.label}
    </Heading>
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
