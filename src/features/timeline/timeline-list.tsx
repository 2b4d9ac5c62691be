import { useQueries, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { documents } from '@/lib/dataset.ts';
import { MoreHidden, useFocusOnShown } from '@/lib/gated-section.tsx';
import { episodesQuery, type EpisodeSummary } from '@/lib/gated-queries.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import smallTarget from '@/lib/small-target.module.css';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { LATEST, partOf, yearOf } from '@/lib/timeline-pages.ts';
import { isWhole, type TimelineEntry, type TimelineFacts, type TimelineIndex, type TimelineOverview } from './timeline.ts';
import { TimelineEvent, TimelineEventPending, type CopyResult } from './timeline-event.tsx';
import { TimelineFilterForm, type FilterOptions } from './timeline-filter-form.tsx';
import {
  CATEGORY_LABELS,
  countBy,
  hasFilters,
  NO_FILTERS,
  parseFilters,
  type Category,
  type IgnoredValue,
  type TimelineFilters,
  type TimelineOrder,
} from './timeline-filters.ts';
import { timelineIndexQuery, timelineOverviewQuery, timelinePageQuery } from './timeline-queries.ts';
import { TimelineRibbon } from './timeline-ribbon.tsx';
import { eventCount, periodAnchor, releaseRows, rowAnchor, storyRows, type PeriodRow, type TimelineRow } from './timeline-rows.ts';
import { entryPages, eventPagePath, isPageView, namedCharacters, onPage, pageView, periodPagePath, ribbonCounts, viewPath, viewRows, type TimelineView } from './timeline-view.ts';
import { fragmentId, useLinkedRow } from './use-linked-row.ts';
import { useTimelineScroller } from './use-timeline-scroller.ts';
import styles from './timeline-list.module.css';

/** The list of events the timeline's spoilers live in. */
const EVENTS = 'entries';

type Entry = TimelineFacts | TimelineEntry;
type Row = TimelineRow<Entry>;

type Props = {
  /** Which page this is: `latest` (`/timeline/`, the newest events), a year (`/timeline/2022/`) or a year's later page (`2022/2`). */
  page: string;
  settings: SpoilerSettings;
  /** Opens the header's "I've watched" control: how a link to a hidden event offers to show it. */
  onChangeLevel: () => void;
};

export function TimelineList({ page, settings, onChangeLevel }: Props) {
  const { data: pageDocument } = useSuspenseQuery(timelinePageQuery(page));
  const { data: overview } = useSuspenseQuery(timelineOverviewQuery());
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const hydrated = useHydrated();
  // The prerendered page can't carry the index (it grows with the wiki), so the first render, which must match
  // it, draws the page's own events and the overview's counts; the loader has the index here by the next.
  const indexQuery = useQuery({ ...timelineIndexQuery(), enabled: hydrated });
  const index = hydrated ? indexQuery.data : undefined;
  const standIn = useMemo(() => ({ entries: [], characters: [], seasons: [], moreLater: overview.gatedLists }), [overview]);
  const gated = useGate<TimelineIndex>(documents.timeline, index ?? standIn, settings);
  const hidden = gated.hidden.has(EVENTS);
  const { listRef: shownRef, show, listClassName } = useFocusOnShown<HTMLDivElement>(hidden, () => gated.show(EVENTS));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const focusOnArrival = useRef(false);

  const ownEntries = useMemo(() => pageDocument?.entries ?? [], [pageDocument]);
  const episodeIds = useMemo(() => episodes.map((e) => e.id), [episodes]);
  const episodeTitles = useMemo(() => new Map(episodes.map((e) => [e.id, e.title])), [episodes]);
  // Everything below counts only what the viewer may see, so no number hints at a hidden event.
  const visible: readonly Entry[] = index ? gated.document.entries : ownEntries;
  const characters = useMemo(() => (index ? namedCharacters(index.characters, visible) : []), [index, visible]);
  const known = useMemo(() => ({ characters: new Set(characters.map((c) => c.id)), episodes: episodeIds }), [characters, episodeIds]);
  // The prerendered page has no query: read it only once the index is here to check it against.
  const parsed = useMemo(() => (index ? parseFilters(params, known) : null), [index, params, known]);
  const view: TimelineView = useMemo(() => (parsed ? onPage(parsed, page) : pageView(page)), [parsed, page]);
  const ignored: IgnoredValue[] = parsed?.ignored ?? [];
  const { filters, order } = view;
  // Which page each event is on: what a page shows, where a link to an event goes, and where its words are.
  const pages = useMemo(() => (index ? entryPages(visible) : new Map<string, string>()), [index, visible]);
  const rows: Row[] = useMemo(
    () =>
      index
        ? viewRows(visible, view, page, { episodes, seasons: index.seasons, latestFrom: overview.latestFrom, pages })
        : releaseRows<Entry>(ownEntries),
    [index, visible, view, page, episodes, overview.latestFrom, pages, ownEntries],
  );
  const shownCount = eventCount(rows);
  const total = index ? visible.length : overview.total;
  const options = useMemo(
    () => (index ? filterOptions(visible, characters, episodes, filters) : overviewOptions(overview, episodes)),
    [index, visible, characters, episodes, filters, overview],
  );
  const ribbon = useMemo(
    () =>
      index
        ? { span: spanOf(visible.map((e) => e.date)), counts: ribbonCounts(visible, view, episodeIds) }
        : { span: spanOf(overview.years.map((y) => y.year)), counts: new Map(Object.entries(overview.periods) as [string, number][]) },
    [index, visible, view, episodeIds, overview],
  );
  // One list: what the scroller measures, and where focus lands once "Show" has revealed the story events.
  const scroller = useTimelineScroller(rows, hydrated, shownRef);

  // A public event's words are in its page's document: fetched for the rows drawn (and the one a link names),
  // whichever page they are on.
  const fragment = hydrated ? fragmentId(hash) : null;
  const linkedRow = rows.find((row) => row.kind === 'event' && row.entry.id === fragment);
  const drawn = scroller.virtual ? scroller.virtualizer.getVirtualItems().map((item) => rows[item.index]) : rows;
  const own = useMemo(() => new Map(ownEntries.map((e) => [e.id, e])), [ownEntries]);
  const needed = [
    ...new Set(
      [...drawn, linkedRow].flatMap((row) => (row?.kind === 'event' && !isWhole(row.entry) && !own.has(row.entry.id) ? (pages.get(row.entry.id) ?? []) : [])),
    ),
  ];
  const content = useQueries({ queries: needed.map((name) => ({ ...timelinePageQuery(name), enabled: index !== undefined })) });
  const fetched = new Map(content.flatMap((q) => q.data?.entries ?? []).map((e) => [e.id, e]));
  const wordsOf = (entry: Entry) => (isWhole(entry) ? entry : (own.get(entry.id) ?? fetched.get(entry.id)));

  // A link lands once its event has its words: landing on a placeholder would leave it where it grew from.
  const landable = linkedRow?.kind !== 'event' || wordsOf(linkedRow.entry) !== undefined;
  const linked = useLinkedRow(rows, (index !== undefined || indexQuery.isError) && landable, (at) => {
    scroller.scrollTo(at, focusOnArrival.current);
    focusOnArrival.current = false;
  });

  // `replace`: Back leaves the timeline instead of undoing filter clicks. The fragment (a linked event) stays.
  // `flushSync`: the URL is what checks the box, so it updates in the click itself, not in a later transition
  // (which would show the box unchecked for a moment).
  const update = (next: TimelineFilters, nextOrder: TimelineOrder = order) => {
    void navigate(`${viewPath({ filters: next, order: nextOrder }, page)}${hash}`, { replace: true, preventScrollReset: true, flushSync: true });
  };

  const copyLink = async (entry: TimelineEntry) => {
    const url = new URL(`${viewPath(view, page)}#${encodeURIComponent(entry.id)}`, window.location.origin).href;
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

  // A link to an event on another page (`/timeline/#id`, as links were before there were pages) goes to the
  // page it is on, unless the viewer's filters are what leave it out.
  const linkedEntry = index && linked.target !== null && !linked.found ? visible.find((e) => e.id === linked.target) : undefined;
  const elsewhere = linkedEntry && isPageView(view, page) && pages.get(linkedEntry.id) !== page ? eventPagePath(linkedEntry, pages) : null;
  useEffect(() => {
    if (elsewhere) void navigate(`${elsewhere}${hash}`, { replace: true });
  }, [elsewhere, hash, navigate]);

  const linkNote = index && linked.target !== null && !linked.found && !elsewhere ? linkProblem(linked.target, linkedEntry, settings) : null;
  const showLinked = () => {
    if (!linkedEntry) return;
    focusOnArrival.current = true;
    const inStory = storyRows([linkedEntry], episodes, index?.seasons ?? []).length > 0;
    update(NO_FILTERS, order === 'story' && inStory ? 'story' : 'release');
  };

  const onJump = (key: string) => {
    const at = rows.findIndex((r) => r.kind === 'period' && r.key === key);
    if (at >= 0) scroller.scrollTo(at, true);
    else void navigate(ribbonHref(key));
  };
  // A month on this page is a jump; one elsewhere, a link to the page it is on (a plain link without JavaScript).
  const ribbonHref = (key: string) =>
    rows.some((r) => r.kind === 'period' && r.key === key)
      ? `#${periodAnchor(key)}`
      : `${hasFilters({ ...filters, year: null }) ? viewPath({ filters: { ...filters, year: yearOf(key) }, order }, page) : periodPagePath(key, overview.pages)}#${periodAnchor(key)}`;

  const failed = hydrated && (indexQuery.isError || content.some((q) => q.isError));
  return (
    <>
      <TimelinePages pages={overview.pages} current={page} />
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      {failed ? (
        <IndexUnavailable
          onRetry={() => {
            if (indexQuery.isError) void indexQuery.refetch();
            for (const q of content) if (q.isError) void q.refetch();
          }}
        />
      ) : null}
      <TimelineFilterForm
        filters={filters}
        options={options}
        onChange={update}
        order={order}
        onOrderChange={(next) => update(filters, next)}
        disabled={!index}
        paged={overview.pages.length > 0}
      />
      {/* What the filters and the viewer's level change, held back together while the page settles. */}
      <div data-gated="">
        {ignored.length > 0 ? <IgnoredNote ignored={ignored} /> : null}
        {linkNote ? <LinkNote problem={linkNote} onShow={showLinked} onChangeLevel={onChangeLevel} /> : null}
        <p role="status" className={styles.status}>
          Showing {shownCount} of {total} events
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
        {order === 'release' ? <TimelineRibbon counts={ribbon.counts} span={ribbon.span} hrefOf={ribbonHref} onJump={onJump} /> : null}
        <TimelineRows
          rows={rows}
          wordsOf={wordsOf}
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

/** The years the ribbon spans, from the first to the last date given. */
function spanOf(dates: readonly string[]) {
  const years = dates.map((d) => Number(yearOf(d)));
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * Every page of the timeline, as plain links: how every event is reached without JavaScript. None while
 * `/timeline/` holds everything. A long year's later pages follow it, by number, as the sources' do.
 */
function TimelinePages({ pages, current }: { pages: TimelineOverview['pages']; current: string }) {
  if (pages.length === 0) return null;
  const years = [...new Set(pages.map((p) => yearOf(p.page)))];
  const pageLink = (name: string, label: string, accessibleName?: string) => (
    <Link to={paths.timelinePage(name)} aria-label={accessibleName} aria-current={current === name ? 'page' : undefined} className={smallTarget.target}>
      {label}
    </Link>
  );
  return (
    <nav aria-label="Timeline pages" className={styles.pages}>
      <ul>
        <li>{pageLink(LATEST, 'Latest')}</li>
        {years.map((year) => {
          const later = pages.filter((p) => yearOf(p.page) === year && p.page !== year);
          return (
            <li key={year}>
              {pageLink(year, year)}
              {later.length > 0 ? (
                <ul aria-label={`Later pages of ${year}`} className={styles.parts}>
                  {later.map(({ page: name }) => (
                    <li key={name}>{pageLink(name, String(partOf(name)), `${year}, page ${partOf(name)}`)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function IndexUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <p className={styles.ignored} role="alert">
      Part of the timeline couldn’t be loaded, so the filters and counts may not cover all of it. Check your connection.{' '}
      <button type="button" className={styles.clear} onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}

type LinkProblem = 'filtered' | 'maybe-hidden' | 'missing';

/**
 * Why the event a link names isn't in the list, in words that give nothing away (`entry` is the event, if the
 * viewer may see it). Period anchors are left alone.
 */
function linkProblem(target: string, entry: Entry | undefined, settings: SpoilerSettings): LinkProblem | null {
  if (target.startsWith(periodAnchor(''))) return null;
  if (entry) return 'filtered';
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
  wordsOf,
  scroller,
  listRef,
  className,
  episodeTitles,
  target,
  copy,
  onCopyLink,
}: {
  rows: readonly Row[];
  /** The whole event for a row, once its page is here. */
  wordsOf: (entry: Entry) => TimelineEntry | undefined;
  scroller: ReturnType<typeof useTimelineScroller>;
  listRef: RefObject<HTMLDivElement | null>;
  className: string | undefined;
  episodeTitles: ReadonlyMap<string, string>;
  target: string | null;
  copy: CopyResult | null;
  onCopyLink: (entry: TimelineEntry) => void;
}) {
  const { virtual, virtualizer } = scroller;
  const draw = (row: Row) => {
    if (row.kind === 'period') return <PeriodHeading row={row} />;
    const entry = wordsOf(row.entry);
    if (!entry) return <TimelineEventPending entry={row.entry} level={row.level} targeted={row.entry.id === target} />;
    return (
      <TimelineEvent
        entry={entry}
        episodeTitle={entry.reveals ? episodeTitles.get(entry.reveals) : undefined}
        level={row.level}
        targeted={entry.id === target}
        copy={copy?.id === entry.id ? copy : null}
        onCopyLink={onCopyLink}
      />
    );
  };
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
function filterOptions(
  visible: readonly Entry[],
  characters: readonly { id: string; name: string }[],
  episodes: readonly EpisodeSummary[],
  filters: TimelineFilters,
): FilterOptions {
  const byCharacter = countBy(visible, (e) => e.characters);
  const byYear = countBy(visible, (e) => [yearOf(e.date)]);
  return {
    categories: countBy(visible, (e) => [e.category]),
    characters: characters
      .filter((c) => byCharacter.has(c.id) || filters.characters.includes(c.id))
      .map((c) => ({ ...c, count: byCharacter.get(c.id) ?? 0 })),
    years: [...new Set([...byYear.keys(), ...(filters.year ? [filters.year] : [])])]
      .sort()
      .map((year) => ({ year, count: byYear.get(year) ?? 0 })),
    episodes: episodeOptions(episodes),
  };
}

/**
 * The choices before the index has come, from the public counts: the same as `filterOptions` gives a new
 * visitor, but the characters, whose list grows with the wiki. They are folded away until then.
 */
function overviewOptions(overview: TimelineOverview, episodes: readonly EpisodeSummary[]): FilterOptions {
  return {
    categories: new Map(Object.entries(overview.categories) as [Category, number][]),
    characters: [],
    years: overview.years,
    episodes: episodeOptions(episodes),
  };
}

const episodeOptions = (episodes: readonly EpisodeSummary[]) => episodes.map((e) => ({ id: e.id, label: `S${e.season} · E${e.number} ${e.title}` }));

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
