/**
 * Which events a timeline page shows, and where a view lives. `/timeline/` shows the newest stretch; a year's
 * page (`/timeline/2022/`) is the view filtered to that year; any other filter or the story order covers the
 * whole timeline, from its index (docs/decisions/0029). Pure, so the route's loader and the list agree.
 */
import { compareDates } from '@/lib/dates.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { paths } from '@/lib/paths.ts';
import type { TimelineFacts, TimelineIndex } from './timeline.ts';
import { yearOf } from './timeline.ts';
import { filterEntries, filtersToParams, hasFilters, NO_FILTERS, type TimelineFilters, type TimelineOrder } from './timeline-filters.ts';
import { releaseRows, storyRows, type TimelineRow } from './timeline-rows.ts';

/** The page `/timeline/` is: the newest events. */
export const LATEST = 'latest';

/** The page a route's `year` param names: `latest` without one, the year when it is one, else null (a 404). */
export function pageOfParam(year: string | undefined): string | null {
  if (year === undefined) return LATEST;
  return /^\d{4}$/.test(year) ? year : null;
}

export type TimelineView = { filters: TimelineFilters; order: TimelineOrder };

/** A page's own view, as it is prerendered: no filters but the page's year. */
export const pageView = (page: string): TimelineView => ({ filters: page === LATEST ? NO_FILTERS : { ...NO_FILTERS, year: page }, order: 'release' });

/** On a year's page, that year is the year filter, whatever the query says. */
export const onPage = (view: TimelineView, page: string): TimelineView =>
  page === LATEST ? view : { ...view, filters: { ...view.filters, year: page } };

/** Whether the view is the page itself, unfiltered: then `/timeline/` keeps to the newest stretch. */
export const isPageView = (view: TimelineView, page: string) =>
  view.order === 'release' && !hasFilters({ ...view.filters, year: page === LATEST ? view.filters.year : null });

/**
 * The address of a view, seen from `page`: on a year's page, views of that year stay on it (the rest of the
 * filters in the query); any other view is `/timeline/` with its query.
 */
export function viewPath({ filters, order }: TimelineView, page: string): string {
  if (page !== LATEST && filters.year === page) return paths.timelineYear(page, filtersToParams({ ...filters, year: null }, order));
  return paths.timeline(filtersToParams(filters, order));
}

/** Where an event is listed with nothing filtered: its year's page, or `/timeline/?year=` for a year without one. */
export function eventPagePath(date: string, years: readonly { year: string }[]): string {
  const year = yearOf(date);
  return years.some((y) => y.year === year) ? paths.timelineYear(year) : paths.timeline(filtersToParams({ ...NO_FILTERS, year }));
}

/** The rows of a view of `entries` (what the viewer may see) on `page`, which is the newest stretch from `latestFrom`. */
export function viewRows<E extends TimelineFacts>(
  entries: readonly E[],
  view: TimelineView,
  page: string,
  context: { episodes: readonly EpisodeSummary[]; seasons: TimelineIndex['seasons']; latestFrom: string },
): TimelineRow<E>[] {
  const shown = filterEntries(
    entries,
    view.filters,
    context.episodes.map((e) => e.id),
  );
  const scoped = page === LATEST && isPageView(view, page) ? shown.filter((e) => compareDates(e.date, context.latestFrom) >= 0) : shown;
  return view.order === 'story' ? storyRows(scoped, context.episodes, context.seasons) : releaseRows(scoped);
}

/** The ribbon's counts: per month (or year, for an event known only to its year) of the view's filters but the year, over the whole timeline. */
export function ribbonCounts(entries: readonly TimelineFacts[], view: TimelineView, episodes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of filterEntries(entries, { ...view.filters, year: null }, episodes)) {
    const key = e.date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
