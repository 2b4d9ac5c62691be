/**
 * Which page of the timeline lists each public event (docs/decisions/0029 and 0033). The timeline cuts its
 * pages with it, at build time and in the browser; a page that links an event (a character's, home) names the
 * event's page with it, so the link lands on the event without JavaScript.
 */
import { compareDates } from './dates.ts';

/** The page `/timeline/` is: the newest events. */
export const LATEST = 'latest';

/** How many of the newest public events `/timeline/` shows: a first response of a few kilobytes at any size. */
export const LATEST_EVENTS = 20;

/**
 * The most public events one page of a year lists. A year's page weighs about 10 KB gzip of its own (header,
 * filters, ribbon, links) and 0.35 KB an event, drawn and in its data block: at 100× a page of 50 weighed up to
 * 27.8 KB against the 30 KB every first response is held to, so 40 leaves room for longer words. A longer year
 * goes on at `/timeline/2022/2/`.
 */
export const EVENTS_PER_PAGE = 40;

type Dated = { id: string; date: string; reveals?: string | undefined };

/** The year of a date (`2022-09-22`, `2022-09` or `2022`), and of a page's name (`2022/2`). */
export const yearOf = (dateOrPage: string) => dateOrPage.slice(0, 4);

/**
 * The page each public event is listed on, by id, in date order: `latest` for all of them while the whole public
 * timeline fits on `/timeline/` (there are no other pages then); past that, its year's page (`2022`), and in a
 * year of more than `EVENTS_PER_PAGE` events, the year's later pages (`2022/2`) in turn. Counted from public
 * events only, so which pages there are says nothing about what is hidden. Gated events are left out.
 */
export function timelinePages(events: readonly Dated[]): Map<string, string> {
  // A stable sort by date alone: the order the timeline lists public events in (its ties keep the file's order).
  const open = events.filter((e) => !e.reveals).sort((a, b) => compareDates(a.date, b.date));
  const pages = new Map<string, string>();
  if (open.length <= LATEST_EVENTS) {
    for (const e of open) pages.set(e.id, LATEST);
    return pages;
  }
  let year = '';
  let inYear = 0;
  for (const e of open) {
    if (yearOf(e.date) !== year) [year, inYear] = [yearOf(e.date), 0];
    const part = Math.floor(inYear / EVENTS_PER_PAGE) + 1;
    pages.set(e.id, part === 1 ? year : `${year}/${part}`);
    inYear += 1;
  }
  return pages;
}

/** The pages other than `/timeline/`, in order (`2022`, `2022/2`, `2023`…): none while `/timeline/` holds everything. */
export function yearPages(pages: ReadonlyMap<string, string>): string[] {
  return [...new Set(pages.values())].filter((page) => page !== LATEST);
}

/** The part of its year a page is: 1 for `2022`, 2 for `2022/2`. */
export const partOf = (page: string) => Number(page.split('/')[1] ?? 1);
