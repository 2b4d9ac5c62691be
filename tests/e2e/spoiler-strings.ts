import { readRawCollections } from '../../src/lib/dataset-source.server.ts';
import type { Dataset } from '../../src/lib/schema.server.ts';
import { episodeFactList, episodeFacts } from '../../src/lib/episode-facts.ts';
import { isRevealed, seasonLengthsOf, type SpoilerSettings } from '../../src/lib/spoilers.ts';
import { paths } from '../../src/lib/paths.ts';

const raw = readRawCollections();
const read = <K extends keyof Dataset>(name: K): Dataset[K] => raw[name] as Dataset[K];

export const data = {
  characters: read('characters'),
  people: read('people'),
  relationships: read('relationships'),
  events: read('events'),
  quotes: read('quotes'),
  episodes: read('episodes'),
  story: read('story'),
  sources: read('sources'),
};

export const seasons = seasonLengthsOf(data.episodes);

/** A string from the dataset that gives the story away, and the pages it belongs on. */
export type SpoilerString = {
  text: string;
  reveals: string;
  pages: string[];
  /** A relationship stage's label gives way to the next stage's, revealed then. */
  until?: string | undefined;
  /** An excerpt: on its page only inside a footnote's card, which a reader opens, so never shown on load. */
  inCard?: boolean | undefined;
};

/** Every string in the dataset that carries a spoiler level, with that level. */
export function spoilerStrings(): SpoilerString[] {
  // One entry per string: a string on several pages (a song's moment, on its episode's and the music page) is
  // one entry with each of its pages, so the scans check it once.
  const byKey = new Map<string, SpoilerString>();
  const add = (text: string | undefined, reveals: string | undefined, pages: string[], until?: string, inCard?: boolean) => {
    if (!text || !reveals) return;
    const key = JSON.stringify([text, reveals, until, inCard]);
    const same = byKey.get(key);
    if (same) same.pages = [...new Set([...same.pages, ...pages])];
    else byKey.set(key, { text, reveals, pages, until, inCard });
  };
  const nameOf = (id: string) => data.characters.find((c) => c.id === id)?.name ?? id;
  // The passages a gated fact quotes from its sources travel with it (its footnotes' cards), gated like it.
  const addExcerpts = (cited: { excerpts?: Readonly<Record<string, string>> | undefined }, reveals: string | undefined, pages: string[], until?: string) => {
    for (const excerpt of Object.values(cited.excerpts ?? {})) add(excerpt, reveals, pages, until, true);
  };

  for (const c of data.characters) {
    for (const d of c.details) {
      add(d.text, d.reveals, [paths.character(c.id)]);
      add(d.note, d.reveals, [paths.character(c.id)]);
      addExcerpts(d, d.reveals, [paths.character(c.id)]);
    }
  }
  for (const e of data.events) {
    const pages = [paths.timeline(), ...e.characters.map((id) => paths.character(id))];
    add(e.title, e.reveals, pages);
    add(e.summary, e.reveals, [paths.timeline()]);
    add(e.note, e.reveals, [paths.timeline()]);
    addExcerpts(e, e.reveals, e.characters.map((id) => paths.character(id)));
  }
  // A quote is on the pages of the characters it is about and on its speaker's cast page.
  for (const q of data.quotes) add(q.text, q.reveals, [...q.about.map((id) => paths.character(id)), paths.cast(q.speaker)]);
  for (const p of data.people) {
    add(p.bio?.text, p.bio?.reveals, [paths.cast(p.id)]);
    if (p.bio) addExcerpts(p.bio, p.bio.reveals, [paths.cast(p.id)]);
  }
  for (const r of data.relationships) {
    r.stages.forEach((stage, i) => {
      // On each side's page the relationship reads "Other Name · role", labelled with its latest stage.
      const until = r.stages[i + 1]?.reveals;
      add(`${nameOf(r.to)} · ${stage.toRole ?? stage.type}`, stage.reveals, [paths.character(r.from)], until);
      add(`${nameOf(r.from)} · ${stage.fromRole ?? stage.type}`, stage.reveals, [paths.character(r.to)], until);
      add(stage.note, stage.reveals, [paths.character(r.from), paths.character(r.to)], until);
      addExcerpts(stage, stage.reveals, [paths.character(r.from), paths.character(r.to)], until);
    });
  }
  // A story point is on its episode's page and on the page of each character it names; an episode's logline,
  // songs and places on the episode's page (and its songs on the music page too).
  for (const p of data.story) {
    const pages = [paths.episode(p.reveals), ...p.characters.map((id) => paths.character(id))];
    add(p.title, p.reveals, pages);
    add(p.text, p.reveals, pages);
    add(p.note, p.reveals, pages);
    add(p.disagreement, p.reveals, pages);
    addExcerpts(p, p.reveals, pages);
  }
  for (const e of data.episodes) {
    for (const fact of episodeFactList(e, data.episodes)) {
      add(fact.text, fact.reveals, [paths.episode(e.id)]);
      addExcerpts(fact, fact.reveals, [paths.episode(e.id)]);
    }
    // A song is on the music page too, named the same way (src/lib/song-line.tsx), with its moment and passages.
    for (const song of episodeFacts(e, data.episodes).songs) {
      const pages = [paths.episode(e.id), paths.music()];
      add(`“${song.title}” by ${song.artist}`, song.reveals, pages);
      add(song.moment, song.reveals, pages);
      addExcerpts(song, song.reveals, pages);
    }
  }
  return [...byKey.values()];
}

/** The level may see it: not hidden. */
export const visibleAt = (s: SpoilerString, settings: SpoilerSettings) => isRevealed(s.reveals, settings, seasons);

/**
 * What these settings must not see: the strings they hide, less any whose words they may see elsewhere (a
 * caveat repeated on story points of several episodes is no leak where an earlier one is shown; nor is a
 * sentence a later point quotes from an episode's blurb, where the next-up logline quotes the whole blurb).
 */
export function hiddenAt(strings: readonly SpoilerString[], settings: SpoilerSettings): SpoilerString[] {
  const seen = strings.filter((s) => visibleAt(s, settings)).map((s) => s.text);
  return strings.filter((s) => !visibleAt(s, settings) && !seen.some((text) => text.includes(s.text)));
}

/** The page shows it at this level: visible, and not yet replaced by a later stage. */
export const shownAt = (s: SpoilerString, settings: SpoilerSettings) =>
  !s.inCard && visibleAt(s, settings) && (s.until === undefined || !isRevealed(s.until, settings, seasons));

/** How React escapes text and attributes in server-rendered HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** Distinctive words of a string, for search queries: the longest first. */
export function queryWords(text: string, count: number): string[] {
  const words = text.match(/\p{L}{5,}/gu) ?? [];
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, count);
}

/** The forms a string takes on the wire: as written, escaped in HTML, escaped in JSON. */
const wireForms = (text: string) => [text, escapeHtml(text), JSON.stringify(text).slice(1, -1)];

/** Every hidden string found in a body received, as `<url> carries (<episode>) “<text>”`. */
export function leaksIn(bodies: { url: string; body: string }[], hidden: SpoilerString[]): string[] {
  // The same script arrives on every page: check each distinct body once.
  const distinct = new Map(bodies.map(({ url, body }) => [body, url]));
  return [...distinct].flatMap(([body, url]) =>
    hidden.filter((s) => wireForms(s.text).some((form) => body.includes(form))).map((s) => `${url} carries (${s.reveals}) “${s.text}”`),
  );
}
