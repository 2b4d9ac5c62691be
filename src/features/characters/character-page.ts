import type { Gate } from '@/lib/use-gate.ts';
import { visibleItems, type Gated, type Slot } from '@/lib/gated.ts';
import type { Character, Dataset, Fact, Person, Quote, Relationship, Source, TimelineEvent } from '@/lib/schema.ts';

/** A fact with its sources written out, so a gated fact carries its citations with it. */
export type CitedFact = Omit<Fact, 'sources'> & { sources: Source[] };

export type RelatedCharacter = {
  id: Relationship['id'];
  type: Relationship['type'];
  /** What the other character is to this one: "mother", "friend". */
  role: string;
  other: { id: string; name: string };
  reveals?: string | undefined;
  sources: Source[];
  note?: string | undefined;
};

export type CharacterQuote = Omit<Quote, 'source'> & { speakerName: string; source: Source };

export type CharacterEvent = Pick<TimelineEvent, 'id' | 'date' | 'title' | 'reveals' | 'medium'> & { sources: Source[] };

export type Credit = Pick<Person, 'id' | 'name' | 'species'>;

/**
 * A character page as the build writes it: gated items are stubs in the public document and travel in
 * per-episode parts (see `src/lib/gated.ts`).
 */
export type CharacterDocument = {
  character: Pick<Character, 'id' | 'name' | 'aliases' | 'firstSeason' | 'tagline' | 'contentNotes'> & { summary: CitedFact };
  actors: Credit[];
  details: Gated<CitedFact>[];
  relationships: Gated<RelatedCharacter>[];
  quotes: Gated<CharacterQuote>[];
  events: Gated<CharacterEvent>[];
};

/** A character page at the viewer's setting: hidden items are placeholders that keep only their episode. */
export type CharacterView = {
  character: CharacterDocument['character'];
  actors: Credit[];
  details: Slot<CitedFact>[];
  relationships: Slot<RelatedCharacter>[];
  quotes: Slot<CharacterQuote>[];
  events: Slot<CharacterEvent>[];
  /** The sources the visible content cites, in order of first citation. */
  citations: Source[];
};

export type CharacterSummary = Pick<Character, 'id' | 'name' | 'tagline' | 'firstSeason'> & { actors: Credit[] };

const indexes = new WeakMap<Dataset, ReturnType<typeof indexDataset>>();

/** Lookups by id and by character, built once per dataset: the build asks for every character's page. */
function lookups(data: Dataset) {
  let found = indexes.get(data);
  if (!found) indexes.set(data, (found = indexDataset(data)));
  return found;
}

function indexDataset(data: Dataset) {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const byCharacter = <T>(items: readonly T[], ids: (item: T) => readonly string[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      for (const id of new Set(ids(item))) {
        const list = map.get(id);
        if (list) list.push(item);
        else map.set(id, [item]);
      }
    }
    return (id: string) => map.get(id) ?? [];
  };
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
    relationshipsOf: byCharacter(data.relationships, (r) => [r.from, r.to]),
    quotesAbout: byCharacter(data.quotes, (q) => q.about),
    eventsWith: byCharacter(data.events, (e) => e.characters),
  };
}

/** Build time: the characters index. */
export function buildCharacterList(data: Dataset): CharacterSummary[] {
  const { credits } = lookups(data);
  return data.characters
    .map((c) => ({ id: c.id, name: c.name, tagline: c.tagline, firstSeason: c.firstSeason, actors: credits(c.actors) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Build time: one character's page, with every item whole; the build splits off the gated ones. */
export function buildCharacterDocument(data: Dataset, slug: string): CharacterDocument | null {
  const look = lookups(data);
  const character = look.character(slug);
  if (!character) return null;
  const cite = (fact: Fact): CitedFact => ({ ...fact, sources: look.sources(fact.sources) });

  const relationships = look.relationshipsOf(slug).flatMap((r): RelatedCharacter[] => {
    const outgoing = r.from === slug;
    const otherId = outgoing ? r.to : r.from;
    return [
      {
        id: r.id,
        type: r.type,
        role: (outgoing ? r.toRole : r.fromRole) ?? r.type,
        other: { id: otherId, name: look.characterName(otherId) },
        reveals: r.reveals,
        sources: look.sources(r.sources),
        note: r.note,
      },
    ];
  });

  return {
    character: {
      id: character.id,
      name: character.name,
      aliases: character.aliases,
      firstSeason: character.firstSeason,
      tagline: character.tagline,
      contentNotes: character.contentNotes,
      summary: cite(character.summary),
    },
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

/** Gates a character page: `gate` places the gated items the viewer may see (see `useGate`). */
export function viewCharacter(document: CharacterDocument, gate: Gate): CharacterView {
  const details = gate(document.details, (_, i) => `detail:${i}`);
  const relationships = gate(document.relationships, (r) => `relationship:${r.id}`);
  const quotes = gate(document.quotes, (q) => `quote:${q.id}`);
  const events = gate(document.events, (e) => `event:${e.id}`);

  const cited = [
    ...document.character.summary.sources,
    ...visibleItems(details).flatMap((d) => d.sources),
    ...visibleItems(relationships).flatMap((r) => r.sources),
    ...visibleItems(quotes).map((q) => q.source),
    ...visibleItems(events).flatMap((e) => e.sources),
  ];
  const citations = [...new Map(cited.map((s) => [s.id, s])).values()];
  return { character: document.character, actors: document.actors, details, relationships, quotes, events, citations };
}
