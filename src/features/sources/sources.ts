import { compareDates } from '@/lib/dates.ts';
import type { Gated, Slot } from '@/lib/gated.ts';
import type { Dataset, Source } from '@/lib/schema.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { Gate } from '@/lib/use-gate.ts';

/**
 * A source with the episode from which it may be listed: a headline can give the story away ("Isaac's
 * asexual storyline…"), so a source cited only by gated facts is gated like the earliest of them.
 */
export type ListedSource = Source & { reveals?: string | undefined };

export type SourceListDocument = { sources: Gated<ListedSource>[] };

/** Build time: every source, newest first, each gated by what cites it. */
export function buildSourceList(data: Dataset): SourceListDocument {
  const seasons = seasonLengthsOf(data.episodes);
  const citations: { sources: readonly string[]; reveals?: string | undefined }[] = [
    ...data.characters.flatMap((c) => [c.summary, ...c.details]),
    ...data.people.flatMap((p) => [{ sources: p.sources }, ...(p.bio ? [p.bio] : [])]),
    ...data.relationships,
    ...data.episodes,
    ...data.events,
    ...data.quotes.map((q) => ({ sources: [q.source], reveals: q.reveals })),
  ];
  const revealsOf = (id: string): string | undefined => {
    const citing = citations.filter((c) => c.sources.includes(id));
    if (citing.length === 0 || citing.some((c) => c.reveals === undefined)) return undefined;
    const codes = citing.map((c) => c.reveals as string);
    return codes.reduce((a, b) => (watchPosition(b, seasons) < watchPosition(a, seasons) ? b : a));
  };
  const sources = [...data.sources]
    .sort((a, b) => compareDates(b.date, a.date))
    .map((s) => {
      const reveals = revealsOf(s.id);
      return reveals === undefined ? s : { ...s, reveals };
    });
  return { sources };
}

export function viewSourceList(document: SourceListDocument, gate: Gate): Slot<ListedSource>[] {
  return gate(document.sources, (s) => s.id);
}
