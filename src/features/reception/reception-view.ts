import { referenceList } from '@/lib/citations.tsx';
import type { CitedSource, ReceptionItem, Source } from '@/lib/schema.server.ts';

/** A reception entry as the page gets it: its sources written out, each with the passage it quotes. */
type Cited<K extends ReceptionItem['kind']> = Omit<Extract<ReceptionItem, { kind: K }>, 'sources' | 'excerpts' | 'people'> & {
  sources: CitedSource[];
};

/** A person an award names, as a link to their cast page. */
export type NomineeLink = { id: string; name: string };

/**
 * `/reception/` as the build writes it. Reception is real-world news, the same for every viewer: nothing is
 * gated, and nothing in it tells the story.
 */
export type ReceptionDocument = {
  /** Newest first. */
  reviews: Cited<'review'>[];
  /** Season by season, oldest first: how each score moved. */
  scores: Cited<'score'>[];
  /** Oldest first. */
  viewing: Cited<'viewing'>[];
  /** By year, then ceremony, in the data's order within one. */
  awards: (Cited<'award'> & { people: NomineeLink[] })[];
};

/** The page, with its list of sources in the order the page first cites them. */
export type ReceptionView = ReceptionDocument & { citations: Source[] };

export function viewReception(document: ReceptionDocument): ReceptionView {
  const { reviews, scores, viewing, awards } = document;
  const cited = [...scores, ...viewing, ...awards, ...reviews].flatMap((item) => item.sources);
  return { ...document, citations: referenceList(cited) };
}

/** Awards a ceremony gave or nominated, counted as the page sums them up: "5 wins from 9 nominations". */
export function awardTally(awards: readonly { result: 'won' | 'nominated' }[]): { wins: number; nominations: number } {
  return { wins: awards.filter((a) => a.result === 'won').length, nominations: awards.length };
}
