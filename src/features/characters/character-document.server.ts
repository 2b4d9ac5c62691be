/**
 * Build time: the characters index's document and each character page's, from the dataset.
 * `src/app/site-documents.server.ts` decides the data files with them; the browser gets the documents, never
 * this code (the types, and what a page does with its document, are in character-page.ts).
 */
import { citedSources, groupedBy, oncePerDataset, storyInWatchOrder, timelinePagesOf, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import type { Character, Dataset, Fact } from '@/lib/schema.server.ts';
import { GROUP_ORDER } from './character-groups.ts';
import type { CharacterDocument, CharacterLink, CharacterSummary, CitedFact, Credit, RelationshipStep } from './character-view.ts';

/** Lookups by id and by character, built once per dataset. */
const lookups = oncePerDataset((data: Dataset) => {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  const people = byId(data.people);
  const characters = byId(data.characters);
  const episodes = byId(data.episodes);
  return {
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
    storyWith: groupedBy(storyInWatchOrder(data), (p) => p.characters),
    episode: (code: string) => episodes.get(code),
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
  const cited = citedSources(data);
  const cite = (fact: Fact): CitedFact => ({ ...withoutExcerpts(fact), sources: cited(fact) });

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
      sources: cited(stage),
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
    story: look.storyWith(slug).map((point) => {
      const { id, reveals, title, text, note, disagreement } = point;
      const episode = look.episode(reveals);
      return {
        ...{ id, reveals, title, text, note, disagreement },
        sources: cited(point),
        episode: episode ? { id: episode.id, season: episode.season, number: episode.number, title: episode.title } : null,
      };
    }),
    relationships,
    quotes: look
      .quotesAbout(slug)
      .flatMap((q) => cited({ sources: [q.source] }).map((source) => ({ ...q, speakerName: look.personName(q.speaker), source }))),
    events: look
      .eventsWith(slug)
      .map((e) => ({ id: e.id, date: e.date, title: e.title, reveals: e.reveals, medium: e.medium, sources: cited(e), page: timelinePagesOf(data).get(e.id) })),
  };
}
