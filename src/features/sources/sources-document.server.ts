/**
 * Build time: the sources page's document, from the dataset. `src/app/site-documents.server.ts` decides the
 * data files with it; the browser gets the document, never this code (the types are in sources.ts).
 */
import { compareDates } from '@/lib/dates.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { episodeFactList } from '@/lib/episode-facts.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { SourceListDocument } from './sources.ts';

/** Build time: every source, newest first, each gated by what cites it. */
export function buildSourceList(data: Dataset): SourceListDocument {
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
  const sources = [...data.sources]
    .sort((a, b) => compareDates(b.date, a.date))
    .map((s) => {
      const reveals = revealsOf(s.id);
      return reveals === undefined ? s : { ...s, reveals };
    });
  return { sources };
}
