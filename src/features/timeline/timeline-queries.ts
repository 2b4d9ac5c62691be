import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import { episodesQuery } from '@/lib/gated-queries.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { LATEST } from '@/lib/timeline-pages.ts';
import type { TimelineIndex, TimelineOverview, TimelinePage } from './timeline.ts';
import { parseFilters } from './timeline-filters.ts';
import { entryPages, isPageView, onPage, viewRows } from './timeline-view.ts';

export const timelineKeys = {
  all: ['timeline'] as const,
  index: () => [...timelineKeys.all, 'index'] as const,
  overview: () => [...timelineKeys.all, 'overview'] as const,
  page: (page: string) => [...timelineKeys.all, 'page', page] as const,
};

/** The whole timeline's index (public facts; gated events in its parts): fetched once the app runs, never embedded. */
export const timelineIndexQuery = () =>
  queryOptions({
    queryKey: timelineKeys.index(),
    queryFn: () => loadRequiredDocument<TimelineIndex & GatedDocument>(documents.timeline),
  });

export const timelineOverviewQuery = () =>
  queryOptions({
    queryKey: timelineKeys.overview(),
    queryFn: () => loadRequiredDocument<TimelineOverview>(documents.timelineOverview),
  });

/** One page's events whole (`latest`, `2022`, `2022/2`): `null` for a page the build didn't write. */
export const timelinePageQuery = (page: string) =>
  queryOptions({
    queryKey: timelineKeys.page(page),
    queryFn: () => loadDocument<TimelinePage>(documents.timelinePage(page)),
  });

/** How many of a view's first events a link's page fetches the words of before it is shown: a screen and more. */
const FIRST_EVENTS = 30;

/**
 * For the route's loader, on a link with a query: the words of the first events of its view and of the event
 * the link names (`target`), so the page the app first draws is whole (it is held back until then,
 * src/lib/settling.ts) and lands where it should. Only public events need their page's document; gated ones
 * came whole with the viewer's part.
 */
export async function viewContentLoaded(
  client: QueryClient,
  index: TimelineIndex,
  page: { name: string; document: TimelinePage },
  params: URLSearchParams,
  target: string | null,
) {
  if (params.size === 0) return;
  const episodes = await client.query(episodesQuery());
  const known = { characters: new Set(index.characters.map((c) => c.id)), episodes: episodes.map((e) => e.id) };
  const view = onPage(parseFilters(params, known), page.name);
  if (page.name === LATEST && isPageView(view, page.name)) return;
  const overview = await client.query(timelineOverviewQuery());
  const pages = entryPages(index.entries);
  const rows = viewRows(index.entries, view, page.name, { episodes, seasons: index.seasons, latestFrom: overview.latestFrom, pages });
  // The page's own events are here already.
  const own = new Set(page.document.entries.map((e) => e.id));
  const open = rows.flatMap((row) => (row.kind === 'event' && !row.entry.reveals && !own.has(row.entry.id) ? [row.entry] : []));
  const linked = open.find((e) => e.id === target);
  const needed = new Set([...open.slice(0, FIRST_EVENTS), ...(linked ? [linked] : [])].flatMap((e) => pages.get(e.id) ?? []));
  await Promise.all([...needed].map((name) => client.query(timelinePageQuery(name))));
}
