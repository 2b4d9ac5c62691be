import type { Character, Dataset, Fact, Person, Quote, Relationship, Source, TimelineEvent } from '@/lib/schema.ts';
import {
  gateInPlace,
  seasonLengthsOf,
  visibleItems,
  type SeasonLengths,
  type Slot,
  type SpoilerSettings,
} from '@/lib/spoilers.ts';

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

/** A character page at one spoiler setting: hidden items are placeholders that keep only their episode. */
export type CharacterView = {
  character: Omit<Character, 'details'>;
  actors: Credit[];
  details: Slot<Fact>[];
  relationships: Slot<RelatedCharacter>[];
  quotes: Slot<CharacterQuote>[];
  events: Slot<TimelineEvent>[];
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

/** Keys for the reveal-one-item control; they never reach the DOM. */
export const slotKeys = {
  detail: (_: Fact, i: number) => `detail:${i}`,
  relationship: (r: RelatedCharacter) => `relationship:${r.id}`,
  quote: (q: CharacterQuote) => `quote:${q.id}`,
  event: (e: TimelineEvent) => `event:${e.id}`,
};

export function gateCharacterPage(
  page: CharacterPage,
  settings: SpoilerSettings,
  revealed: ReadonlySet<string> = new Set(),
): CharacterView {
  const { details: allDetails, ...character } = page.character;
  const gate = <T extends { reveals?: string | undefined }>(items: readonly T[], keyOf: (item: T, i: number) => string) =>
    gateInPlace(items, keyOf, settings, page.seasons, revealed);
  const details = gate(allDetails, slotKeys.detail);
  const relationships = gate(page.relationships, slotKeys.relationship);
  const quotes = gate(page.quotes, slotKeys.quote);
  const events = gate(page.events, slotKeys.event);

  const cited = [
    ...character.summary.sources,
    ...visibleItems(details).flatMap((d) => d.sources),
    ...visibleItems(relationships).flatMap((r) => r.sources),
    ...visibleItems(quotes).map((q) => q.source),
    ...visibleItems(events).flatMap((e) => e.sources),
  ];
  const citations = [...new Set(cited)].flatMap((id) => {
    const source = page.sources.get(id);
    return source ? [source] : [];
  });

  return { character, actors: page.actors, details, relationships, quotes, events, citations };
}
