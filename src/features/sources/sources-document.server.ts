/**
 * Build time: the sources pages' documents, from the dataset. `src/app/site-documents.server.ts` decides the
 * data files with them; the browser gets the documents, never this code (the types are in sources.ts).
 */
import { compareDates } from '@/lib/dates.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { episodeFactList } from '@/lib/episode-facts.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { ListedSource, SourceIndexDocument, SourceLookupDocument, SourcePage, SourcePageDocument } from './sources.ts';

/**
 * The most public sources one page lists: at 100× a page of 100 weighed up to 29 KB gzip, its rows and their
 * data, against the 30 KB every page's first response keeps to; 80 leaves room for longer notes
 * (docs/decisions/0032). A year with more is cut into pages of this many; at 1× no year has.
 */
export const SOURCES_PER_PAGE = 80;

/** Build time: every source, newest first, each gated by what cites it. */
export function buildSourceList(data: Dataset): ListedSource[] {
  const seasons = seasonLengthsOf(data.episodes);
  const citations: { sources: readonly string[]; reveals?: string | undefined }[] = [
    ...data.characters.flatMap((c) => [c.summary, ...c.details]),
    ...data.people.flatMap((p) => [{ sources: p.sources }, ...(p.bio ? [p.bio] : [])]),
    ...data.relationships.flatMap((r) => r.stages),
    ...data.episodes.flatMap((e) => episodeFactList(e, data.episodes)),
    ...data.story,
    ...data.events,
    ...data.quotes.map((q) => ({ sources: [q.source], reveals: q.reveals })),
    ...data.reception,
  ];
  // One pass over every citation: per source, whether anything public cites it, else its earliest episode.
  const citedBy = new Map<string, string | null>();
  for (const c of citations) {
    for (const id of c.sources) {
      const earlier = citedBy.get(id);
      if (earlier === null) continue;
      if (c.reveals === undefined) citedBy.set(id, null);
      else if (earlier === undefined || watchPosition(c.reveals, seasons) < watchPosition(earlier, seasons)) {
        citedBy.set(id, c.reveals);
      }
    }
  }
  const revealsOf = (id: string) => citedBy.get(id) ?? undefined;
  return [...data.sources]
    .sort((a, b) => compareDates(b.date, a.date))
    .map((s) => {
      const reveals = revealsOf(s.id);
      return reveals === undefined ? s : { ...s, reveals };
    });
}

const yearOf = (s: ListedSource) => s.date.slice(0, 4);

/**
 * The page each source is listed on, in the list's order (newest first). Pages are made from the public
 * sources alone, so which pages exist, and how many a year has, says nothing about what is hidden: a year's
 * public sources are cut into pages of `perPage`, and a gated source joins the page of the public source
 * listed just before it in its year (the year's first page if none is). A year that only spoilers cite gets
 * no page: its sources join the page listed before them (or the first page), so nothing names that year.
 */
export function pageSources(sources: readonly ListedSource[], perPage = SOURCES_PER_PAGE): SourcePage[] {
  const publicSeen = new Map<string, number>();
  const publicYears = new Set(sources.filter((s) => s.reveals === undefined).map(yearOf));
  const placed = sources.map((s): SourcePage | undefined => {
    const year = yearOf(s);
    if (!publicYears.has(year)) return undefined;
    const seen = publicSeen.get(year) ?? 0;
    if (s.reveals === undefined) publicSeen.set(year, seen + 1);
    const index = s.reveals === undefined ? seen : Math.max(seen - 1, 0);
    return { year, part: Math.floor(index / perPage) + 1 };
  });
  // A year only spoilers cite joins the page listed before it, or the first page if none is (or its own, if
  // no source is public at all).
  const first = placed.find((p) => p !== undefined);
  let before: SourcePage | undefined;
  return sources.map((s, i) => {
    before = placed[i] ?? before ?? first ?? { year: yearOf(s), part: 1 };
    return before;
  });
}

/** Build time: the index of years, each page's document, and where each source is listed. */
export function buildSourcePages(data: Dataset, perPage = SOURCES_PER_PAGE) {
  const sources = buildSourceList(data);
  const placed = pageSources(sources, perPage).map((page, i) => ({ page, source: sources[i] as ListedSource }));
  const pages = new Map<string, SourcePageDocument>();
  for (const { page, source } of placed) {
    const key = `${page.year}/${page.part}`;
    const document = pages.get(key) ?? { ...page, parts: 0, sources: [] };
    document.sources.push(source);
    pages.set(key, document);
  }
  const parts = new Map<string, number>();
  for (const { year, part } of pages.values()) parts.set(year, Math.max(parts.get(year) ?? 0, part));
  const index: SourceIndexDocument = { years: [...parts].map(([year, count]) => ({ year, parts: count })) };
  const lookup: SourceLookupDocument = {
    pages: placed.map(({ page, source }) => ({ id: source.id, ...page, ...(source.reveals === undefined ? {} : { reveals: source.reveals }) })),
  };
  return { index, pages: [...pages.values()].map((p) => ({ ...p, parts: parts.get(p.year) ?? 1 })), lookup };
}
