import type { Dataset, Fact, Person, Quote, Source } from '@/lib/schema.ts';
import { capitalised, listOf, ROLE_WORDS } from '@/lib/words.ts';
import { groupedBy, oncePerDataset } from '@/lib/dataset-lookups.ts';

/** A fact with its sources written out, so a gated fact carries its citations with it. */
export type CastFact = Omit<Fact, 'sources'> & { sources: Source[] };

/** A character, as a link to their page. */
export type CastCharacter = { id: string; name: string };

/** One of the person's quotes: `said` is the outlet or occasion, `about` the characters it speaks of. */
export type CastQuote = Omit<Quote, 'speaker' | 'source' | 'about'> & { about: CastCharacter[]; source: Source };

/**
 * A cast page as the build writes it, every item whole; the build splits the gated ones off (see
 * `src/lib/gated.ts`) and the page gets them back at the viewer's level.
 */
export type CastDocument = {
  /** `sources` back the credit: what they do on the show and whom they play. */
  person: Pick<Person, 'id' | 'name' | 'roles' | 'species'> & { sources: Source[] };
  /** At most one: a list, so a bio that gives the story away is gated like any other item. */
  bio: CastFact[];
  /** Whom they play, in the characters file's order. */
  characters: CastCharacter[];
  quotes: CastQuote[];
};

/** The lists of a cast page that can hold spoilers: the page's sections. */
export type CastSection = 'bio' | 'quotes';

/** A cast page at the viewer's setting, with the sources its visible content cites, in order of first citation. */
export type CastView = CastDocument & { citations: Source[] };

/** Lookups by id and by speaker, built once per dataset. */
// Pure: a client bundle that never builds a page drops it.
const lookups = /* @__PURE__ */ oncePerDataset((data: Dataset) => {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const characters = new Map(data.characters.map((c) => [c.id, c]));
  return {
    person: new Map(data.people.map((p) => [p.id, p])),
    sources: (ids: readonly string[]) => ids.flatMap((id) => sources.get(id) ?? []),
    characters: (ids: readonly string[]): CastCharacter[] =>
      ids.flatMap((id) => {
        const c = characters.get(id);
        return c ? [{ id: c.id, name: c.name }] : [];
      }),
    // In the characters file's order, which is editorial: the leads first.
    played: groupedBy(data.characters, (c) => c.actors),
    quotesBy: groupedBy(data.quotes, (q) => [q.speaker]),
  };
});

/** Build time: one person's page, with every item whole; the build splits off the gated ones. `null` for an unknown id. */
export function buildCastDocument(data: Dataset, personId: string): CastDocument | null {
  const look = lookups(data);
  const person = look.person.get(personId);
  if (!person) return null;
  return {
    person: { id: person.id, name: person.name, roles: person.roles, species: person.species, sources: look.sources(person.sources) },
    bio: person.bio ? [{ ...person.bio, sources: look.sources(person.bio.sources) }] : [],
    characters: look.played(personId).map((c) => ({ id: c.id, name: c.name })),
    quotes: look.quotesBy(personId).flatMap((q) =>
      look.sources([q.source]).map((source) => ({ id: q.id, text: q.text, said: q.said, date: q.date, about: look.characters(q.about), reveals: q.reveals, source })),
    ),
  };
}

/** A cast page from its document as gated for the viewer (see `useGate`). */
export function viewCast(document: CastDocument): CastView {
  const cited = [...document.person.sources, ...document.bio.flatMap((b) => b.sources), ...document.quotes.map((q) => q.source)];
  return { ...document, citations: [...new Map(cited.map((s) => [s.id, s])).values()] };
}

/** "creator, writer and executive producer" */
const roleWords = (roles: Person['roles']) => listOf(roles.map((r) => ROLE_WORDS[r]));

/** "Actor", "Creator, writer and executive producer". */
export const rolesOf = (roles: Person['roles']) => capitalised(roleWords(roles));

/** What a person's link-preview picture says under their name: "Plays Nick Nelson", or what they do. */
export const castCredit = ({ person, characters }: Pick<CastDocument, 'person' | 'characters'>) =>
  characters.length > 0 ? `Plays ${listOf(characters.map((c) => c.name))}` : rolesOf(person.roles);

/**
 * The page's meta description, from the public document only, so it is spoiler-free: whom they play or what
 * they do, and whether the page has their quotes.
 */
export function castDescription({ person, characters, quotes, moreLater }: CastDocument & { moreLater?: string[] }): string {
  const who =
    characters.length > 0
      ? `${person.name} plays ${listOf(characters.map((c) => c.name))} in Heartstopper.`
      : `${person.name} worked on Heartstopper as ${roleWords(person.roles)}.`;
  return quotes.length > 0 || moreLater?.includes('quotes') ? `${who} Their quotes about the series, with sources.` : who;
}
