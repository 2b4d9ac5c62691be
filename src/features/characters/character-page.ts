import { GROUP_ORDER } from './character-groups.ts';
import type { Character, Dataset, Fact, Person, Quote, Relationship, RelationshipStage, Source, TimelineEvent } from '@/lib/schema.ts';
import { groupedBy, oncePerDataset } from '@/lib/dataset-lookups.ts';

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

export type CharacterEvent = Pick<TimelineEvent, 'id' | 'date' | 'title' | 'reveals' | 'medium'> & { sources: Source[] };

export type Credit = Pick<Person, 'id' | 'name' | 'species'>;

export type CharacterLink = Pick<Character, 'id' | 'name'>;

/**
 * A character page as the build writes it, every item whole; the build splits the gated ones off (see
 * `src/lib/gated.ts`) and the page gets them back at the viewer's level.
 */
export type CharacterDocument = {
  character: Pick<Character, 'id' | 'name' | 'aliases' | 'firstSeason' | 'group' | 'tagline' | 'contentNotes'> & {
    summary: CitedFact;
    occupation?: CitedFact | undefined;
  };
  /** The characters before and after this one in the index's order, for "Previous" and "Next". */
  neighbours: { previous: CharacterLink | null; next: CharacterLink | null };
  actors: Credit[];
  details: CitedFact[];
  /** Every stage of every relationship, each pair's stages together and in watch order. */
  relationships: RelationshipStep[];
  quotes: CharacterQuote[];
  events: CharacterEvent[];
};

/** The lists of a character page that can hold spoilers: the page's sections. */
export type CharacterSection = 'details' | 'relationships' | 'quotes' | 'events';

/** A character page at the viewer's setting. */
export type CharacterView = Omit<CharacterDocument, 'relationships'> & {
  /** One row per pair, labelled with the latest stage the viewer may see. */
  relationships: RelationshipStep[];
  /** The sources the visible content cites, in order of first citation. */
  citations: Source[];
};

export type CharacterSummary = Pick<Character, 'id' | 'name' | 'tagline' | 'firstSeason' | 'group'> & { actors: Credit[] };

/** Lookups by id and by character, built once per dataset. */
// Pure: a client bundle that never builds a page drops it.
const lookups = /* @__PURE__ */ oncePerDataset((data: Dataset) => {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const sources = byId(data.sources);
  const people = byId(data.people);
  const characters = byId(data.characters);
  return {
    sources: (ids: readonly string[]) => ids.flatMap((id) => sources.get(id) ?? []),
    credits: (ids: readonly string[]): Credit[] =>
      ids.flatMap((id) => {
        const p = people.get(id);
        return p ? [{ id: p.id, name: p.name, species: p.species }] : [];
      }),
    character: (id: string) => characters.get(id),
    characterName: (id: string) => characters.get(id)?.name ?? id,
    personName: (id: string) => people.get(id)?.name ?? id,
    relationshipsOf: groupedBy(data.relationships, (r) => [r.from, r.to]),
    quotesAbout: groupedBy(data.quotes, (q) => q.about),
    eventsWith: groupedBy(data.events, (e) => e.characters),
  };
});

/** Build time: the characters index. */
export function buildCharacterList(data: Dataset): CharacterSummary[] {
  const { credits } = lookups(data);
  // In the data's order, which is editorial: the leads first, then each group as the file lists it.
  return data.characters.map((c) => ({ id: c.id, name: c.name, tagline: c.tagline, firstSeason: c.firstSeason, group: c.group, actors: credits(c.actors) }));
}

/** Characters in the index's order: group by group, then the new faces, each in the data's (editorial) order. */
export function characterOrder<C extends Pick<Character, 'group' | 'firstSeason'>>(characters: readonly C[]): C[] {
  const rank = (c: C) => (c.firstSeason === 2 ? GROUP_ORDER.length : GROUP_ORDER.indexOf(c.group));
  return characters.toSorted((a, b) => rank(a) - rank(b));
}

/** The characters either side of `slug` in the characters index, which lists them group by group. */
function neighboursOf(data: Dataset, slug: string): CharacterDocument['neighbours'] {
  const order = characterOrder(data.characters);
  const at = order.findIndex((c) => c.id === slug);
  const link = (c: Character | undefined): CharacterLink | null => (c ? { id: c.id, name: c.name } : null);
  return { previous: link(order[at - 1]), next: link(order[at + 1]) };
}

/** Build time: one character's page, with every item whole; the build splits off the gated ones. */
export function buildCharacterDocument(data: Dataset, slug: string): CharacterDocument | null {
  const look = lookups(data);
  const character = look.character(slug);
  if (!character) return null;
  const cite = (fact: Fact): CitedFact => ({ ...fact, sources: look.sources(fact.sources) });

  const relationships = look.relationshipsOf(slug).flatMap((r) => {
    const outgoing = r.from === slug;
    const otherId = outgoing ? r.to : r.from;
    const other = { id: otherId, name: look.characterName(otherId) };
    return r.stages.map((stage): RelationshipStep => ({
      id: r.id,
      type: stage.type,
      role: (outgoing ? stage.toRole : stage.fromRole) ?? stage.type,
      other,
      reveals: stage.reveals,
      sources: look.sources(stage.sources),
      note: stage.note,
    }));
  });

  return {
    character: {
      id: character.id,
      name: character.name,
      aliases: character.aliases,
      firstSeason: character.firstSeason,
      group: character.group,
      tagline: character.tagline,
      contentNotes: character.contentNotes,
      summary: cite(character.summary),
      occupation: character.occupation && cite(character.occupation),
    },
    neighbours: neighboursOf(data, slug),
    actors: look.credits(character.actors),
    details: character.details.map(cite),
    relationships,
    quotes: look
      .quotesAbout(slug)
      .flatMap((q) => look.sources([q.source]).map((source) => ({ ...q, speakerName: look.personName(q.speaker), source }))),
    events: look
      .eventsWith(slug)
      .map((e) => ({ id: e.id, date: e.date, title: e.title, reveals: e.reveals, medium: e.medium, sources: look.sources(e.sources) })),
  };
}

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
    ...relationships.flatMap((r) => r.sources),
    ...document.quotes.map((q) => q.source),
    ...document.events.flatMap((e) => e.sources),
  ];
  const citations = [...new Map(cited.map((s) => [s.id, s])).values()];
  return { ...document, relationships, citations };
}
