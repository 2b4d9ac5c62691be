/**
 * Build time: a person's cast page document, from the dataset. `src/app/site-documents.server.ts` decides the
 * data files with it; the browser gets the document, never this code (the types are in cast-page.ts).
 */
import { citedSources, groupedBy, oncePerDataset, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import { letterOf, lettersOf } from '@/lib/name-letters.ts';
import type { Dataset, Person } from '@/lib/schema.server.ts';
import type { CastCharacter, CastDocument, CastListDocument } from './cast-view.ts';

/** Lookups by id and by speaker, built once per dataset. */
const lookups = oncePerDataset((data: Dataset) => {
  const characters = new Map(data.characters.map((c) => [c.id, c]));
  return {
    person: new Map(data.people.map((p) => [p.id, p])),
    characters: (ids: readonly string[]): CastCharacter[] =>
      ids.flatMap((id) => {
        const c = characters.get(id);
        return c ? [{ id: c.id, name: c.name }] : [];
      }),
    // In the characters file's order, which is editorial: the leads first.
    played: groupedBy(data.characters, (c) => c.actors),
    quotesBy: groupedBy(data.quotes, (q) => [q.speaker]),
    awardsOf: groupedBy(
      data.reception.flatMap((r) => (r.kind === 'award' ? [r] : [])).toSorted((a, b) => a.year - b.year),
      (a) => a.people ?? [],
    ),
  };
});

/** Build time: one person's page, with every item whole; the build splits off the gated ones. `null` for an unknown id. */
export function buildCastDocument(data: Dataset, personId: string): CastDocument | null {
  const look = lookups(data);
  const person = look.person.get(personId);
  if (!person) return null;
  const cited = citedSources(data);
  return {
    person: { id: person.id, name: person.name, roles: person.roles, species: person.species, sources: cited(person) },
    bio: person.bio ? [{ ...withoutExcerpts(person.bio), sources: cited(person.bio) }] : [],
    characters: look.played(personId).map((c) => ({ id: c.id, name: c.name })),
    awards: look.awardsOf(personId).map(({ id, year, ceremony, category, result, season, note, disagreement, ...cites }) => ({
      id,
      year,
      ceremony,
      category,
      result,
      season,
      note,
      disagreement,
      sources: cited(cites),
    })),
    quotes: look.quotesBy(personId).flatMap((q) =>
      cited({ sources: [q.source] }).map((source) => ({ id: q.id, text: q.text, said: q.said, date: q.date, about: look.characters(q.about), reveals: q.reveals, source })),
    ),
  };
}

/** The order crew are listed in, by the first of their roles: who wrote and made the show, then its departments. */
const CREW_ORDER: Person['roles'][number][] = [
  'creator',
  'writer',
  'director',
  'executive-producer',
  'producer',
  'cinematographer',
  'editor',
  'composer',
  'music-supervisor',
];

/**
 * How many people `/cast/` lists on one page: at 100× a page of 600 names and credits would be about 21 KB gzip,
 * under the 30 KB every page's first response keeps to. Past it, the index is cut into a page per letter
 * (docs/decisions/0032); at 1× it is one page.
 */
export const CAST_ON_ONE_PAGE = 600;

/** Build time: `/cast/`, the actors (with whom they play) and the crew, and its letters' pages when there are too many for one. */
export function buildCastList(data: Dataset, onOnePage = CAST_ON_ONE_PAGE): { index: CastListDocument; letters: Map<string, CastListDocument> } {
  const look = lookups(data);
  const rank = (roles: Person['roles']) => Math.min(...roles.map((r) => CREW_ORDER.indexOf(r)).filter((i) => i >= 0));
  const everyone = {
    cast: data.people
      .filter((p) => p.roles.includes('actor'))
      .map((p) => ({ id: p.id, name: p.name, species: p.species, characters: look.played(p.id).map((c) => ({ id: c.id, name: c.name })) })),
    crew: data.people
      .filter((p) => p.roles.some((r) => r !== 'actor'))
      .toSorted((a, b) => rank(a.roles) - rank(b.roles))
      .map((p) => ({ id: p.id, name: p.name, roles: p.roles.filter((r) => r !== 'actor') })),
  };
  if (data.people.length <= onOnePage) return { index: { letters: [], ...everyone }, letters: new Map() };
  const letters = lettersOf(data.people.map((p) => p.name));
  const on = (letter: string) => (p: { name: string }) => letterOf(p.name) === letter;
  return {
    index: { letters, cast: [], crew: [] },
    letters: new Map(letters.map((l) => [l, { letters, cast: everyone.cast.filter(on(l)), crew: everyone.crew.filter(on(l)) }])),
  };
}
