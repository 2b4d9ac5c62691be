import type { Fact, Person, Quote, ReceptionItem, Source } from '@/lib/schema.server.ts';
import { capitalised, listOf, ROLE_WORDS } from '@/lib/words.ts';
import type { DataEntry } from '@/lib/improve-this-page.tsx';
import { referenceList } from '@/lib/citations.tsx';

/**
 * `/cast/`, or one letter's page of it (`/cast/by-name/a/`): everyone on it with a page, as links. Names and
 * credits only, so the same for every viewer. `letters` are the index's A–Z pages, when everyone is too many
 * for one page; then `/cast/` lists no one and links the letters.
 */
export type CastListDocument = {
  letters: string[];
  /** The actors, in the people file's order (the leads first), with whom they play. */
  cast: { id: string; name: string; species?: string | undefined; characters: CastCharacter[] }[];
  /** Everyone else, by what they do: the creator and writers first, the camera last. */
  crew: { id: string; name: string; roles: Person['roles'] }[];
};

/** A fact with its sources written out, so a gated fact carries its citations with it. */
export type CastFact = Omit<Fact, 'sources'> & { sources: Source[] };

/** A character, as a link to their page. */
export type CastCharacter = { id: string; name: string };

/** One of the person's quotes: `said` is the outlet or occasion, `about` the characters it speaks of. */
export type CastQuote = Omit<Quote, 'speaker' | 'source' | 'about'> & { about: CastCharacter[]; source: Source };

/** An award or nomination that names the person: real-world news, so public. */
export type CastAward = Pick<Extract<ReceptionItem, { kind: 'award' }>, 'id' | 'year' | 'ceremony' | 'category' | 'result' | 'season' | 'note' | 'disagreement'> & {
  sources: Source[];
};

/**
 * A cast page as the build writes it, every item whole; the build splits the gated ones off (see
 * `src/lib/gated.ts`) and the page gets them back at the viewer's level.
 */
export type CastDocument = {
  /** Where its entry is kept in data/, for "Improve this page": set by the build (src/app/site-documents.server.ts). */
  dataEntry?: DataEntry | undefined;
  /** `sources` back the credit: what they do on the show and whom they play. */
  person: Pick<Person, 'id' | 'name' | 'roles' | 'species'> & { sources: Source[] };
  /** At most one: a list, so a bio that gives the story away is gated like any other item. */
  bio: CastFact[];
  /** Whom they play, in the characters file's order. */
  characters: CastCharacter[];
  /** Awards and nominations that name them, oldest first. */
  awards: CastAward[];
  quotes: CastQuote[];
};

/** The lists of a cast page that can hold spoilers: the page's sections. */
export type CastSection = 'bio' | 'quotes';

/** A cast page at the viewer's setting, with the sources its visible content cites, in order of first citation. */
export type CastView = CastDocument & { citations: Source[] };

/** A cast page from its document as gated for the viewer (see `useGate`). */
export function viewCast(document: CastDocument): CastView {
  const cited = [
    ...document.person.sources,
    ...document.bio.flatMap((b) => b.sources),
    ...document.awards.flatMap((a) => a.sources),
    ...document.quotes.map((q) => q.source),
  ];
  return { ...document, citations: referenceList(cited) };
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
