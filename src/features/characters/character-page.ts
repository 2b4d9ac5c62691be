import type { Character, Dataset, Fact, Person, Quote, Relationship, Source, TimelineEvent } from '@/lib/schema.ts';
import { partitionByReveal, seasonLengthsOf, type SeasonLengths, type SpoilerSettings } from '@/lib/spoilers.ts';

export type RelatedCharacter = {
  id: Relationship['id'];
  type: Relationship['type'];
  /** What the other character is to this one: "mother", "friend". */
  role: string;
  other: { id: string; name: string };
  reveals?: string | undefined;
  sources: string[];
  note?: string | undefined;
};

export type CharacterQuote = Quote & { speakerName: string };

export type Credit = Pick<Person, 'id' | 'name' | 'species'>;

/** Everything a character page needs, before spoiler gating. */
export type CharacterPage = {
  character: Character;
  actors: Credit[];
  relationships: RelatedCharacter[];
  quotes: CharacterQuote[];
  events: TimelineEvent[];
  sources: ReadonlyMap<string, Source>;
  seasons: SeasonLengths;
};

export type Hidden = { reveals: string }[];

/** A character page at one spoiler setting: hidden items are gone, only their episode is kept. */
export type CharacterView = {
  character: Omit<Character, 'details'>;
  actors: Credit[];
  details: Fact[];
  hiddenDetails: Hidden;
  relationships: RelatedCharacter[];
  hiddenRelationships: Hidden;
  quotes: CharacterQuote[];
  hiddenQuotes: Hidden;
  events: TimelineEvent[];
  hiddenEvents: Hidden;
  /** The sources the visible content cites, in order of first citation. */
  citations: Source[];
};

export type CharacterSummary = Pick<Character, 'id' | 'name' | 'tagline' | 'firstSeason'> & { actors: Credit[] };

function creditsFor(data: Dataset, ids: readonly string[]): Credit[] {
  return ids.flatMap((id) => {
    const p = data.people.find((person) => person.id === id);
    return p ? [{ id: p.id, name: p.name, species: p.species }] : [];
  });
}

export function buildCharacterList(data: Dataset): CharacterSummary[] {
  return data.characters
    .map((c) => ({ id: c.id, name: c.name, tagline: c.tagline, firstSeason: c.firstSeason, actors: creditsFor(data, c.actors) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function buildCharacterPage(data: Dataset, slug: string): CharacterPage | null {
  const character = data.characters.find((c) => c.id === slug);
  if (!character) return null;
  const nameOf = (id: string) => data.characters.find((c) => c.id === id)?.name ?? id;

  const relationships = data.relationships.flatMap((r): RelatedCharacter[] => {
    if (r.from !== slug && r.to !== slug) return [];
    const outgoing = r.from === slug;
    const otherId = outgoing ? r.to : r.from;
    return [
      {
        id: r.id,
        type: r.type,
        role: (outgoing ? r.toRole : r.fromRole) ?? r.type,
        other: { id: otherId, name: nameOf(otherId) },
        reveals: r.reveals,
        sources: r.sources,
        note: r.note,
      },
    ];
  });

  const quotes = data.quotes
    .filter((q) => q.about.includes(slug))
    .map((q) => ({ ...q, speakerName: data.people.find((p) => p.id === q.speaker)?.name ?? q.speaker }));

  return {
    character,
    actors: creditsFor(data, character.actors),
    relationships,
    quotes,
    events: data.events.filter((e) => e.characters.includes(slug)),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    seasons: seasonLengthsOf(data.episodes),
  };
}

export function gateCharacterPage(page: CharacterPage, settings: SpoilerSettings): CharacterView {
  const gate = <T extends { reveals?: string | undefined }>(items: readonly T[]) =>
    partitionByReveal(items, settings, page.seasons);
  const { details: allDetails, ...character } = page.character;
  const details = gate(allDetails);
  const relationships = gate(page.relationships);
  const quotes = gate(page.quotes);
  const events = gate(page.events);

  const cited = [
    ...character.summary.sources,
    ...details.visible.flatMap((d) => d.sources),
    ...relationships.visible.flatMap((r) => r.sources),
    ...quotes.visible.map((q) => q.source),
    ...events.visible.flatMap((e) => e.sources),
  ];
  const citations = [...new Set(cited)].flatMap((id) => {
    const source = page.sources.get(id);
    return source ? [source] : [];
  });

  return {
    character,
    actors: page.actors,
    details: details.visible,
    hiddenDetails: details.hidden,
    relationships: relationships.visible,
    hiddenRelationships: relationships.hidden,
    quotes: quotes.visible,
    hiddenQuotes: quotes.hidden,
    events: events.visible,
    hiddenEvents: events.hidden,
    citations,
  };
}
