import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult as MiniSearchHit } from 'minisearch';
import type { GatedDocument } from '@/lib/gated.ts';
import { MAX_QUERY_LENGTH } from '@/lib/paths.ts';
import { highlightsIn, makeSnippet, normalizeTerm, tokenize, type Highlight } from './search-snippet.ts';
import type { SearchKind } from './search-kinds.ts';

/** Another name a document answers to, and the sentence that explains a match on it. */
export type SearchAlias = readonly [name: string, why: string];

export type SearchDocument = {
  /** `<kind>:<id>`, plus `:<n>` for a further document about the same thing (a character's detail). */
  id: string;
  kind: SearchKind;
  /** What the result opens; see `SearchResult['target']`. */
  target: string | null;
  /** What a result shows as its heading. */
  title: string;
  /** What the query most likely names, weighted highest: a character's or a person's name, an episode's title. */
  name: string;
  /** The body: where snippets come from. */
  text: string;
  /** Other names to match, weighted between the name and the body: aliases, actors, characters played. */
  aliases: SearchAlias[];
  /** Why a person is listed ("Kit Connor plays Nick Nelson"), whatever matched. */
  why?: string | undefined;
  /** A partial date (`2022-12-02`): an event's, a quote's, an episode's release. */
  date?: string | undefined;
  reveals?: string | undefined;
};

/** Every searchable thing, each with the episode that reveals it; the build splits off the gated ones. */
export type SearchDocuments = { documents: SearchDocument[] };

/**
 * What the build writes: the public documents already indexed (a serialized MiniSearch index loads several
 * times faster than indexing the documents in the browser; see docs/decisions/0004), and an empty list where
 * the gated documents a level fetches are placed, to be added to the index.
 */
export type SearchCorpus = { index: ReturnType<MiniSearch<SearchDocument>['toJSON']>; documents: SearchDocument[] } & GatedDocument;

/** The three indexed fields: `keywords` is the aliases' names. */
const FIELDS = ['name', 'keywords', 'text'] as const;

/**
 * The same at build time (search-document.server.ts) and in the browser, or a loaded index would not match
 * what is added to it. The
 * stored fields are what a result shows; `shortName` is the name, stored only where it differs from the
 * title (an episode's "Heat"), and empty fields are not stored.
 */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: ['kind', 'target', 'title', 'shortName', 'text', 'aliases', 'why', 'date'],
  extractField: (doc, field) => {
    switch (field) {
      case 'keywords':
        return doc.aliases.map(([name]) => name).join(' ');
      case 'shortName':
        return doc.name && doc.name !== doc.title ? doc.name : undefined;
      case 'aliases':
        return doc.aliases.length > 0 ? doc.aliases : undefined;
      default: {
        const value = (doc as Record<string, unknown>)[field];
        return value === '' || value === null ? undefined : value;
      }
    }
  },
  tokenize,
  processTerm: (term) => normalizeTerm(term),
};

export type SearchResult = {
  /** Unique among results: a key, or an option's id. */
  key: string;
  kind: SearchKind;
  /**
   * What the result opens, by kind: `character`, a character id (its page); `person`, a person id (their cast
   * page); `episode`, an episode id (`s2e5`); `event`, a timeline event id; `quote`, the id of a character whose
   * page shows it, or null when it is about no character.
   */
  target: string | null;
  title: string;
  /** Where the matched words are in `title`. */
  titleHighlights: Highlight[];
  /** Plain text, at most `SNIPPET_LENGTH` characters, around the first match in the body; empty when there is no body (episodes). */
  snippet: string;
  /** Where the matched words are in `snippet`. */
  snippetHighlights: Highlight[];
  /** A partial date (`2022-12-02`, `2022-04`, `2016`): an event's, a quote's, an episode's release. */
  date?: string;
  /**
   * For a person, always: who they play or what they do ("Kit Connor plays Nick Nelson"). For others, when a
   * matched word is not in the title but in another name: which one ("Kit Connor plays Nick Nelson" for "kit",
   * "Also known as Youssef Farouk" for "youssef").
   */
  why?: string;
  /** Where the matched words are in `why`. */
  whyHighlights?: Highlight[];
  score: number;
};

/** What a search found: the first results, and how many there are of each kind. */
export type SearchResults = {
  /** In order of relevance, one per thing (a character's best-matching document stands for it), at most `limit`. */
  results: SearchResult[];
  /** How many results there are, of the kinds asked for, before the limit. */
  total: number;
  /** How many results each kind has, whatever `kinds` asked for: for filters by type. */
  counts: Record<SearchKind, number>;
};

export type SearchRequest = {
  /** At most this many results are worked out (snippets cost time): 20 unless told. */
  limit?: number;
  /** Only these kinds: all unless told. */
  kinds?: readonly SearchKind[];
  /** Match names only, with looser typo tolerance: for an address that names something, like a mistyped slug. */
  names?: boolean;
};

export type SearchEngine = {
  search: (query: string, request?: SearchRequest) => SearchResults;
  /** A close name for a query that found nothing ("Did you mean Nick Nelson?"), or null. */
  suggest: (query: string) => string | null;
};

/** The kinds whose titles are names, offered by `suggest`. */
const NAMED_KINDS: ReadonlySet<SearchKind> = new Set(['character', 'person', 'episode']);

/** Words of a query beyond these are ignored. */
export const MAX_QUERY_TERMS = 8;
/** No name in the data is longer; a longer "word" is not looked up fuzzily. */
const MAX_FUZZY_TERM = 24;

/** One typo in a short word, two from five letters on; none for two letters or fewer. */
const fuzziness = (term: string) => (term.length <= 2 || term.length > MAX_FUZZY_TERM ? 0 : term.length <= 4 ? 1 : 2);
/** Looser, for names someone meant ("Did you mean"): "nikc" is two edits from "nick". */
const looseFuzziness = (term: string) => (term.length > MAX_FUZZY_TERM ? 0 : Math.min(3, Math.round(term.length * 0.4)));

/** A little weight by kind, so a character named by the query comes before what merely mentions them. */
const KIND_BOOST: Record<SearchKind, number> = { character: 1.5, person: 1.2, episode: 1.2, event: 1, quote: 0.7 };

/**
 * How a matched word counts, given the query's words: fully when it is one of them or starts with one (a
 * prefix); a typo match less when its first letter differs ("charly" is nearer Charlie than Harry: typos
 * rarely hit the first letter), and not at all when it is a word of two letters or fewer ("isa" is not "is").
 */
function typoWeight(term: string, queryTerms: readonly string[]): number {
  if (queryTerms.some((q) => term.startsWith(q))) return 1;
  if (term.length <= 2) return 0;
  return queryTerms.some((q) => q[0] === term[0]) ? 1 : 0.5;
}

/** MiniSearch's options for one query's words. */
function searchOptions(terms: readonly string[]): SearchOptions {
  return {
    boost: { name: 4, keywords: 2, text: 1 },
    prefix: true,
    fuzzy: fuzziness,
    boostDocument: (_id, term, stored) => (KIND_BOOST[stored?.kind as SearchKind] ?? 1) * typoWeight(term, terms),
  };
}

/**
 * The query for MiniSearch. A single letter is a word being typed: as the last word it matches the start of
 * a name ("n" for Nick, Naomi), not every word of every text; elsewhere it is left out.
 */
function queryOf(terms: readonly string[], combineWith: 'AND' | 'OR'): Query {
  const queries = terms.flatMap((term, i): Query[] => {
    if (term.length > 1) return [term];
    return i === terms.length - 1 ? [{ queries: [term], fields: ['name', 'keywords'], prefix: true, fuzzy: false }] : [];
  });
  return { combineWith, queries };
}

/** The query's words, normalised, deduplicated and capped: what every lookup starts from. */
function queryTerms(query: string): string[] {
  const terms = tokenize(query.slice(0, MAX_QUERY_LENGTH)).flatMap((t) => normalizeTerm(t) ?? []);
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

/** The stored fields, as a hit carries them: empty ones are absent. */
type Stored = Pick<SearchDocument, 'kind' | 'target' | 'title'> & Partial<Pick<SearchDocument, 'text' | 'aliases' | 'why' | 'date'>> & { shortName?: string };

/** The part of a document's id that names its page: `character:nick-nelson:3` → `character:nick-nelson`. */
const pageKey = (id: string) => id.split(':').slice(0, 2).join(':');

function toResult(hit: MiniSearchHit): SearchResult {
  const doc = hit as unknown as Stored & MiniSearchHit;
  const matched = new Set(hit.terms);
  const { snippet, highlights: snippetHighlights } = makeSnippet(doc.text ?? '', matched);
  const titleHighlights = highlightsIn(doc.title, matched);
  // Words the title doesn't show that matched another name: say which name, and why it counts.
  const shown = new Set(titleHighlights.map(([start, end]) => normalizeTerm(doc.title.slice(start, end))));
  const byAlias = new Set(hit.terms.filter((t) => !shown.has(t) && (hit.match[t] ?? []).includes('keywords')));
  const alias = byAlias.size > 0 ? (doc.aliases ?? []).find(([name]) => highlightsIn(name, byAlias).length > 0) : undefined;
  const why = doc.why ?? (alias?.[1] || undefined);
  return {
    key: pageKey(String(hit.id)),
    kind: doc.kind,
    target: doc.target ?? null,
    title: doc.title,
    titleHighlights,
    snippet,
    snippetHighlights,
    ...(doc.date ? { date: doc.date } : {}),
    ...(why ? { why, whyHighlights: highlightsIn(why, matched) } : {}),
    score: hit.score,
  };
}

/**
 * The document whose text a page's result shows: its best match, unless that matched only words of the page's
 * name, when the page's own summary says more ("nick" shows Nick's overview, not that he is Nellie's owner).
 */
function shownFor(best: MiniSearchHit, main: MiniSearchHit | undefined): MiniSearchHit {
  if (!main || main === best) return best;
  const named = new Set(tokenize(String(best.title)).map(normalizeTerm));
  return best.terms.every((term) => named.has(term)) ? main : best;
}

/**
 * The public index plus the gated documents the viewer may see, and nothing else: gating happens before
 * this (see `useGate`), so neither results nor their count can hint at a spoiler.
 */
export function createSearchEngine(corpus: SearchCorpus, gated: readonly SearchDocument[]): SearchEngine {
  const index = MiniSearch.loadJS(corpus.index, INDEX_OPTIONS);
  index.addAll([...gated]);

  return {
    search(query, { limit = 20, kinds, names = false } = {}) {
      const counts: Record<SearchKind, number> = { character: 0, person: 0, episode: 0, event: 0, quote: 0 };
      const terms = queryTerms(query);
      if (terms.length === 0) return { results: [], total: 0, counts };
      // Every word must match; if nothing matches them all, any word will do.
      const options: SearchOptions = names ? { ...searchOptions(terms), fields: ['name', 'keywords'], fuzzy: looseFuzziness } : searchOptions(terms);
      let hits = index.search(queryOf(terms, 'AND'), options);
      if (hits.length === 0 && terms.length > 1) hits = index.search(queryOf(terms, 'OR'), options);
      // Equal scores in the order of the ids, not of indexing, so a page's best document is the same however the
      // index was put together (gated documents are added after the public ones).
      hits.sort((a, b) => b.score - a.score || (String(a.id) < String(b.id) ? -1 : 1));
      const seen = new Set<string>();
      const byId = new Map(hits.map((hit) => [String(hit.id), hit]));
      const results: SearchResult[] = [];
      let total = 0;
      // Several documents can point at one page (a character's details): list each once, with its best match.
      for (const hit of hits) {
        const key = pageKey(String(hit.id));
        if (seen.has(key)) continue;
        seen.add(key);
        const kind = hit.kind as SearchKind;
        counts[kind] += 1;
        if (kinds && !kinds.includes(kind)) continue;
        total += 1;
        if (results.length < limit) results.push({ ...toResult(shownFor(hit, byId.get(key))), score: hit.score });
      }
      return { results, total, counts };
    },

    suggest(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return null;
      // Names only: a sentence (an event's title, a quote's outlet) makes an odd "Did you mean".
      const [hit] = index.search(queryOf(terms, 'OR'), {
        ...searchOptions(terms),
        fields: ['name', 'keywords'],
        fuzzy: looseFuzziness,
        combineWith: 'OR',
        filter: (r) => NAMED_KINDS.has(r.kind as SearchKind),
      });
      if (!hit) return null;
      const doc = hit as unknown as Stored & MiniSearchHit;
      const matched = new Set(hit.terms);
      const name = doc.shortName ?? doc.title;
      const alias = (doc.aliases ?? []).find(([a]) => highlightsIn(a, matched).length > 0)?.[0];
      const suggestion = highlightsIn(name, matched).length > 0 || !alias ? name : alias;
      return tokenize(suggestion).flatMap((t) => normalizeTerm(t) ?? []).join(' ') === terms.join(' ') ? null : suggestion;
    },
  };
}
