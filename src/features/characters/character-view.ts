import type { Character, Episode, Fact, Person, Quote, Relationship, RelationshipStage, Source, StoryPoint, TimelineEvent } from '@/lib/schema.server.ts';
import type { DataEntry } from '@/lib/improve-this-page.tsx';
import { referenceList } from '@/lib/citations.tsx';

/** A fact with its sources written out, so a gated fact carries its citations with it. */
export type CitedFact = Omit<Fact, 'sources'> & { sources: Source[] };

/** One stage of a relationship, seen from this character's side. A pair has one per stage it goes through. */
export type RelationshipStep = {
  /** The relationship's id: the stages of one pair share it. */
  id: Relationship['id'];
  type: RelationshipStage['type'];
  /** What the other character is to this one at this stage: "mother", "friend", "boyfriend". */
  role: string;
  other: { id: string; name: string };
  reveals?: string | undefined;
  sources: Source[];
  note?: string | undefined;
};

export type CharacterQuote = Omit<Quote, 'source'> & { speakerName: string; source: Source };

/** A story point the character is in, with its episode (number and title, which are public) for the heading. */
export type CharacterStoryPoint = Pick<StoryPoint, 'id' | 'reveals' | 'title' | 'text' | 'note' | 'disagreement'> & {
  /** Null for a point a source places only in a whole season (its `reveals` is `s2`). */
  episode: Pick<Episode, 'id' | 'season' | 'number' | 'title'> | null;
  sources: Source[];
};

export type CharacterEvent = Pick<TimelineEvent, 'id' | 'date' | 'title' | 'reveals' | 'medium'> & {
  sources: Source[];
  /** The timeline's page that lists a public event (`2022`, `2022/2`), which its link names; none for a gated one. */
  page?: string;
};

export type Credit = Pick<Person, 'id' | 'name' | 'species'>;

export type CharacterLink = Pick<Character, 'id' | 'name'>;

/**
 * A character page as the build writes it, every item whole; the build splits the gated ones off (see
 * `src/lib/gated.ts`) and the page gets them back at the viewer's level.
 */
export type CharacterDocument = {
  /** Where its entry is kept in data/, for "Improve this page": set by the build (src/app/site-documents.server.ts). */
  dataEntry?: DataEntry | undefined;
  character: Pick<Character, 'id' | 'name' | 'aliases' | 'firstSeason' | 'group' | 'tagline' | 'contentNotes'> & {
    summary: CitedFact;
    occupation?: CitedFact | undefined;
  };
  /** The characters before and after this one in the index's order, for "Previous" and "Next". */
  neighbours: { previous: CharacterLink | null; next: CharacterLink | null };
  actors: Credit[];
  /** Background: what the books, the casting and the production say, outside the episodes' story. */
  details: CitedFact[];
  /** The story points that name the character (data/story.json), in watch order. */
  story: CharacterStoryPoint[];
  /** Every stage of every relationship, each pair's stages together and in watch order. */
  relationships: RelationshipStep[];
  quotes: CharacterQuote[];
  events: CharacterEvent[];
};

/** The lists of a character page that can hold spoilers: the page's sections. */
export type CharacterSection = 'details' | 'story' | 'relationships' | 'quotes' | 'events';

/** A character page at the viewer's setting. */
export type CharacterView = Omit<CharacterDocument, 'relationships'> & {
  /** One row per pair, labelled with the latest stage the viewer may see. */
  relationships: RelationshipStep[];
  /** The sources the visible content cites, in order of first citation. */
  citations: Source[];
};

export type CharacterSummary = Pick<Character, 'id' | 'name' | 'tagline' | 'firstSeason' | 'group'> & { actors: Credit[] };

/**
 * One row per pair: the latest of its stages the viewer may see. The document lists a pair's stages in watch
 * order and gating drops the ones beyond the viewer's level, so the last one left is the one to show.
 */
export function currentStages(steps: readonly RelationshipStep[]): RelationshipStep[] {
  const latest = new Map<string, RelationshipStep>();
  for (const step of steps) latest.set(step.id, step);
  return [...latest.values()];
}

/** A character page from its document as gated for the viewer (see `useGate`). */
export function viewCharacter(document: CharacterDocument): CharacterView {
  const relationships = currentStages(document.relationships);
  const cited = [
    ...document.character.summary.sources,
    // The infobox comes after the overview in the page.
    ...(document.character.occupation?.sources ?? []),
    ...document.details.flatMap((d) => d.sources),
    ...document.story.flatMap((p) => p.sources),
    ...relationships.flatMap((r) => r.sources),
    ...document.quotes.map((q) => q.source),
    ...document.events.flatMap((e) => e.sources),
  ];
  const citations = referenceList(cited);
  return { ...document, relationships, citations };
}
