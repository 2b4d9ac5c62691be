/**
 * Which events a timeline page shows, and where a view lives. `/timeline/` shows the newest stretch; a year's
 * page (`/timeline/2022/`, and a long year's later pages, `/timeline/2022/2/`) shows its own events, and filtered,
 * the year's; any other filter or the story order covers the whole timeline, from its index (docs/decisions/0029,
 * 0033). Pure, so the route's loader and the list agree.
 */
import { compareDates } from '@/lib/dates.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { paths } from '@/lib/paths.ts';
import { LATEST, timelinePages, yearOf } from '@/lib/timeline-pages.ts';
import { isWhole, periodOf, type TimelineEntry, type TimelineFacts, type TimelineIndex, type TimelineOverview } from './timeline.ts';
import { filterEntries, filtersToParams, hasFilters, NO_FILTERS, type TimelineFilters, type TimelineOrder } from './timeline-filters.ts';
import { releaseRows, storyRows, type TimelineRow } from './timeline-rows.ts';

/**
 * The page a route's params name: `latest` without a year, `2022` for a year, `2022/2` for a year's later page,
 * else null (a 404: `/timeline/2022/1/`, `/timeline/abc/`).
 */
export function pageOfParam(year: string | undefined, part?: string): string | null {
  if (year === undefined) return LATEST;
  if (!/^\d{4}$/.test(year)) return null;
  if (part === undefined) return year;
  return /^[1-9]\d{0,3}$/.test(part) && part !== '1' ? `${year}/${part}` : null;
}

export type TimelineView = { filters: TimelineFilters; order: TimelineOrder };

/** A page's own view, as it is prerendered: no filters but the page's year. */
export const pageView = (page: string): TimelineView => ({ filters: page === LATEST ? NO_FILTERS : { ...NO_FILTERS, year: yearOf(page) }, order: 'release' });

/** On a year's page, that year is the year filter, whatever the query says. */
export const onPage = (view: TimelineView, page: string): TimelineView =>
  page === LATEST ? view : { ...view, filters: { ...view.filters, year: yearOf(page) } };

/** Whether the view is the page itself, unfiltered: then a page keeps to its own events (`/timeline/` to the newest). */
export const isPageView = (view: TimelineView, page: string) =>
  view.order === 'release' && !hasFilters({ ...view.filters, year: page === LATEST ? view.filters.year : null });

/**
 * The address of a view, seen from `page`: on a year's page, views of that year stay on the year (the page
 * itself unfiltered, the year's first page with the rest of the filters in the query); any other view is
 * `/timeline/` with its query.
 */
export function viewPath({ filters, order }: TimelineView, page: string): string {
  if (page !== LATEST && filters.year === yearOf(page)) {
    const query = filtersToParams({ ...filters, year: null }, order);
    return paths.timelinePage(query.size ? yearOf(page) : page, query);
  }
  return paths.timeline(filtersToParams(filters, order));
}

/**
 * The page each event the viewer may see is on, by id: a public event's (`timelinePages`); a gated one joins the
 * public event before it in its year, or the year's first page. A year without a page has none of its own: its
 * gated events are on no page (but `/timeline/` when it holds everything), and shown by the year's view.
 */
export function entryPages(entries: readonly TimelineFacts[]): Map<string, string> {
  const pages = timelinePages(entries);
  const years = new Map<string, string>();
  for (const page of pages.values()) if (!years.has(yearOf(page)) && page !== LATEST) years.set(yearOf(page), page);
  let before: { year: string; page: string } | null = null;
  for (const e of entries) {
    const own = pages.get(e.id);
    if (own) before = { year: yearOf(e.date), page: own };
    else {
      const page = years.size === 0 ? LATEST : before?.year === yearOf(e.date) ? before.page : years.get(yearOf(e.date));
      if (page) pages.set(e.id, page);
    }
  }
  return pages;
}

/** Where an event is listed with nothing filtered: its page, or `/timeline/?year=` for an event on none. */
export function eventPagePath(entry: TimelineFacts, pages: ReadonlyMap<string, string>): string {
  const page = pages.get(entry.id);
  return page ? paths.timelinePage(page) : paths.timeline(filtersToParams({ ...NO_FILTERS, year: yearOf(entry.date) }));
}

/**
 * Where a period of the ribbon (`2022-09`, or `2016` for a year's events known only to their year) starts with
 * nothing filtered: the first of its year's pages whose events reach it, or `/timeline/?year=` for a year
 * without a page (or `/timeline/` when it holds everything).
 */
export function periodPagePath(key: string, pages: TimelineOverview['pages']): string {
  if (pages.length === 0) return paths.timeline();
  const page = pages.find((p) => yearOf(p.page) === yearOf(key) && compareDates(p.last, key) >= 0);
  return page ? paths.timelinePage(page.page) : paths.timeline(filtersToParams({ ...NO_FILTERS, year: yearOf(key) }));
}

/**
 * The rows of a view of `entries` (what the viewer may see) on `page`. Unfiltered, `/timeline/` is the newest
 * stretch from `latestFrom`, and a year's page its own events (`pages`, from `entryPages`).
 */
export function viewRows<E extends TimelineFacts>(
  entries: readonly E[],
  view: TimelineView,
  page: string,
  context: { episodes: readonly EpisodeSummary[]; seasons: TimelineIndex['seasons']; latestFrom: string; pages: ReadonlyMap<string, string> },
): TimelineRow<E>[] {
  const shown = filterEntries(
    entries,
    view.filters,
    context.episodes.map((e) => e.id),
  );
  const scoped = !isPageView(view, page)
    ? shown
    : page === LATEST
      ? shown.filter((e) => compareDates(e.date, context.latestFrom) >= 0)
      : shown.filter((e) => context.pages.get(e.id) === page);
  return view.order === 'story' ? storyRows(scoped, context.episodes, context.seasons) : releaseRows(scoped);
}

/**
 * The characters the viewer's timeline can name, by name: the index's (those public events name) and those of
 * the gated events the viewer may see, which come whole with their `people`.
 */
export function namedCharacters(characters: TimelineIndex['characters'], visible: readonly (TimelineFacts | TimelineEntry)[]): TimelineIndex['characters'] {
  const byId = new Map(characters.map((c) => [c.id, c]));
  for (const e of visible) if (isWhole(e)) for (const p of e.people) if (!byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The ribbon's counts: per month (or year, for an event known only to its year) of the view's filters but the year, over the whole timeline. */
export function ribbonCounts(entries: readonly TimelineFacts[], view: TimelineView, episodes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of filterEntries(entries, { ...view.filters, year: null }, episodes)) {
    const key = periodOf(e.date);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
