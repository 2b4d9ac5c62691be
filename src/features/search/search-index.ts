import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult as MiniSearchHit } from 'minisearch';
import type { GatedDocument } from '@/lib/gated.ts';
import { MAX_QUERY_LENGTH } from '@/lib/paths.ts';
import { highlightsIn, makeSnippet, normalizeTerm, tokenize, type Highlight } from './search-snippet.ts';
import type { SearchKind } from './search-kinds.ts';
import { positionsWithin, positionsWithPrefix } from './sorted-words.ts';

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
 * Where a gated document goes among the public ones, set by the build (search-document.server.ts) before the
 * split: `after`, how many public documents sort before it by id (equal scores are listed in the order of
 * the ids), and `page`, the number of the public page it belongs to, if its page has public documents.
 */
export type PlacedDocument = SearchDocument & { after?: number; page?: number };

/** The three indexed fields: `keywords` is the aliases' names. */
const FIELDS = ['name', 'keywords', 'text'] as const;

/**
 * An index's documents and words, without their postings and records: what the public head and each level's
 * head have alike. Documents are numbered from 0 in the order of their ids, and nothing here names them: a
 * query fetches the postings of the words it can match (term shards, which carry the field lengths of the
 * documents they name) and then the records of the results it shows (record shards).
 */
export type IndexHead = {
  /** How many documents there are. */
  documentCount: number;
  /** Each document's kind, one letter a document (`KIND_LETTERS`). */
  kinds: string;
  /** Each document's page, as the difference from the previous document's page number. */
  pages: number[];
  /** Every word of the documents, sorted. */
  terms: string[];
  /**
   * Where each term shard starts in `terms`, as the difference from the previous shard's start: a shard holds
   * the postings of the words from its start to the next shard's.
   */
  termShards: number[];
  /**
   * Where each record shard starts among the documents, as differences like `termShards`: a shard holds the
   * records of the documents numbered from its start to the next shard's. At 100 times the data there are
   * about 2,000, and differences are small numbers that compress to a fifth of what the starts did.
   */
  recordShards: number[];
};

/** The public index's head, `search.json`: everything ranking needs except the postings. */
export type SearchHead = IndexHead & {
  /** MiniSearch's average length of each field, for its scoring. */
  averageFieldLength: number[];
} & GatedDocument;

/**
 * The postings of a run of the sorted words, and what ranking reads of the documents they name. A document's
 * field lengths matter only when a posting names it (MiniSearch's BM25 weighs a match by its field's length),
 * so they travel here rather than in the head: at 100 times the data they were most of the head's bytes.
 */
export type TermShard = {
  /** Each term's postings in its three fields, each as pairs of (document number minus the previous one, frequency). */
  postings: number[][][];
  /**
   * For each field, the length of that field in each document the postings name in it, in the order of the
   * documents' numbers. A document named by several shards has the same lengths in each.
   */
  fieldLength: number[][];
};

/** What a result shows of a document; `name` is kept only where it differs from the title. */
export type SearchRecord = Pick<SearchDocument, 'id' | 'title'> & Partial<Pick<SearchDocument, 'target' | 'name' | 'text' | 'aliases' | 'why' | 'date'>>;

/** Shards at hand: every one in tests and the bench, and a level's own when they are small enough to travel in its head. */
export type SearchShards = { termShardFiles?: TermShard[]; recordShardFiles?: SearchRecord[][] };

/** What the build makes: the head, and every shard (written as files of their own; tests keep them together). */
export type SearchCorpus = SearchHead & SearchShards;

/**
 * A spoiler level's part of the index (`search.upto-s2e4.json`, a gated part): the gated documents that level
 * may see, indexed and cut like the public ones, with shards of its own (its words' ranges and its documents'
 * numbers are its own). Its documents are numbered after the public ones; its pages are the public pages'
 * numbers, or numbers after them for a page only gated documents make.
 */
export type SearchLevel = IndexHead & {
  /** Where each document goes among the public ones: how many sort before it by id, as differences. */
  after: number[];
  /** MiniSearch's average field lengths over the public documents and these, added after them one by one. */
  averageFieldLength: number[];
} & SearchShards;

export const KIND_LETTERS: Record<SearchKind, string> = { character: 'c', person: 'p', episode: 'e', event: 'v', quote: 'q' };
const KIND_OF_LETTER = new Map(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind as SearchKind]));

/** The part of a document's id that names its page: `character:nick-nelson:3` → `character:nick-nelson`. */
export const pageKey = (id: string) => id.split(':').slice(0, 2).join(':');

/**
 * The same at build time (search-document.server.ts) and in the browser, or a loaded index would not match
 * what is added to it. Nothing is stored: a document's kind is in the head, and what a result shows comes from
 * its record.
 */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: [],
  extractField: (doc, field) => {
    if (field === 'keywords') return doc.aliases.map(([name]) => name).join(' ');
    const value = (doc as Record<string, unknown>)[field];
    return value === '' || value === null ? undefined : value;
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
  /** Also work out `suggestion` when nothing matches. */
  suggest?: boolean;
};

/** A search's answer: its results, and a close name when nothing matched and one was asked for. */
export type SearchAnswer = SearchResults & { suggestion: string | null };

/**
 * A shard of the index: the postings of a range of words, or the records of a range of documents; the public
 * index's, or with `part`, the level part's.
 */
export type SearchShard = { of: 'terms' | 'records'; shard: number; part?: string };
/** The shards an answer waits for. */
export type Needs = { needs: SearchShard[] };

export type SearchEngine = {
  /**
   * Answers a query, or says which shards it still needs: `add` them and ask again. A query may need records
   * once its postings are here, so it can take two rounds (three when it asks for a suggestion).
   */
  run: (query: string, request?: SearchRequest) => SearchAnswer | Needs;
  /**
   * The shards `run` still needs for this query, or none once it can answer: `run`'s rounds without working out
   * the answer's snippets and highlights, for fetching ahead of a page that will ask `run` itself.
   */
  needs: (query: string, request?: SearchRequest) => SearchShard[];
  /** A shard, fetched. */
  add: (shard: SearchShard, content: TermShard | SearchRecord[]) => void;
  /** `run`, for an engine that holds every shard (tests, the bench): throws if one is missing. */
  search: (query: string, request?: SearchRequest) => SearchResults;
  /** A close name for a query that found nothing ("Did you mean Nick Nelson?"), or null; `search`'s terms. */
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
function searchOptions(terms: readonly string[], kindOf: (id: unknown) => SearchKind): SearchOptions {
  return {
    boost: { name: 4, keywords: 2, text: 1 },
    prefix: true,
    fuzzy: fuzziness,
    boostDocument: (id, term) => KIND_BOOST[kindOf(id)] * typoWeight(term, terms),
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

/** A hit's document as a result shows it: its record, from the public index's shards or the level's. */
type Shown = SearchRecord & { kind: SearchKind };

function toResult(hit: MiniSearchHit, doc: Shown): SearchResult {
  const matched = new Set(hit.terms);
  const { snippet, highlights: snippetHighlights } = makeSnippet(doc.text ?? '', matched);
  const titleHighlights = highlightsIn(doc.title, matched);
  // Words the title doesn't show that matched another name: say which name, and why it counts.
  const shown = new Set(titleHighlights.map(([start, end]) => normalizeTerm(doc.title.slice(start, end))));
  const byAlias = new Set(hit.terms.filter((t) => !shown.has(t) && (hit.match[t] ?? []).includes('keywords')));
  const alias = byAlias.size > 0 ? (doc.aliases ?? []).find(([name]) => highlightsIn(name, byAlias).length > 0) : undefined;
  const why = doc.why ?? (alias?.[1] || undefined);
  return {
    key: pageKey(doc.id),
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
function shownFor(best: MiniSearchHit, bestDoc: Shown, main: MiniSearchHit | undefined): MiniSearchHit {
  if (!main || main === best) return best;
  const named = new Set(tokenize(bestDoc.title).map(normalizeTerm));
  return best.terms.every((term) => named.has(term)) ? main : best;
}

/** Numbers kept as differences from the one before (a head's pages, starts and places): the numbers themselves. */
function runningSums(differences: readonly number[]): number[] {
  let sum = 0;
  return differences.map((difference) => (sum += difference));
}

/** The index of the shard a sorted position falls in, given where each shard starts. */
function shardOf(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The decoded postings of some terms, as MiniSearch serializes them: by field, document number to frequency. */
type Postings = Record<number, Record<number, number>>;

/** One index the engine reads: the public one, or a level's, with the shards of it fetched so far. */
type Source = {
  head: IndexHead;
  /** Where each term shard starts in the head's `terms`. */
  termStarts: number[];
  /** Where each record shard starts among its documents. */
  recordStarts: number[];
  /** The number of its first document among all the engine's: the level's come after the public ones. */
  offset: number;
  /** The level part it is, or none for the public index. */
  part?: string | undefined;
  terms: Map<number, TermShard>;
  records: Map<number, SearchRecord[]>;
  decoded: Map<number, [string, Postings][]>;
};

function sourceOf(head: IndexHead & SearchShards, offset: number, part?: string): Source {
  return {
    head,
    termStarts: runningSums(head.termShards),
    recordStarts: runningSums(head.recordShards),
    offset,
    part,
    terms: new Map((head.termShardFiles ?? []).map((shard, i) => [i, shard])),
    records: new Map((head.recordShardFiles ?? []).map((shard, i) => [i, shard])),
    decoded: new Map(),
  };
}

/** A spoiler level's part of the index, with its name, which its shards' files are named by. */
export type LevelIndex = { part: string; index: SearchLevel };

/**
 * The public index plus the level's part, the gated documents the viewer may see, and nothing else: gating
 * happens at build time (each level's part holds what it allows), so neither results nor their count can hint
 * at a spoiler. Both arrive in shards, as queries need them; a query is answered only once every posting it
 * could match is here, so it ranks exactly as over the whole index.
 */
export function createSearchEngine(corpus: SearchCorpus, level?: LevelIndex | null): SearchEngine {
  const publicCount = corpus.documentCount;
  const publicSource = sourceOf(corpus, 0);
  const levelSource = level ? sourceOf(level.index, publicCount, level.part) : undefined;
  const sources = levelSource ? [publicSource, levelSource] : [publicSource];
  const count = publicCount + (level?.index.documentCount ?? 0);
  const sourceOfNumber = (n: number) => (n < publicCount || !levelSource ? publicSource : levelSource);
  const sourceOfShard = ({ part }: SearchShard) => sources.find((s) => s.part === part);

  // Each document's page, the level's numbered after the public ones. A page's main document (its id is the
  // page's key) sorts before its others: the first of its documents. Typed arrays, as these are made before a
  // first query can start, for every document (13,653 at 100 times the data): a Map took a phone (4× slower
  // CPU) 20–40 ms.
  const pageOf = new Int32Array(count);
  let numbered = 0;
  let pages = 0;
  for (const { head } of sources) {
    let page = 0;
    for (const difference of head.pages) {
      page += difference;
      pageOf[numbered++] = page;
      pages = Math.max(pages, page + 1);
    }
  }
  const mainOf = new Int32Array(pages).fill(-1);
  for (let n = count - 1; n >= 0; n--) mainOf[pageOf[n] ?? 0] = n;
  const kinds = sources.map((s) => s.head.kinds).join('');
  const kindOf = (id: unknown): SearchKind => KIND_OF_LETTER.get(kinds.charAt(id as number)) ?? 'character';
  // Where each of the level's documents goes among the public ones.
  const afterOf = runningSums(level?.index.after ?? []);

  /**
   * The last MiniSearch built for each typo tolerance, and the words it was built for: a query that matches
   * nothing is ranked at one and offered "Did you mean" at the other, and asks both again as records arrive.
   */
  const built = new Map<(term: string) => number, { terms: string; index: MiniSearch<SearchDocument> }>();
  const averageFieldLength = level ? level.index.averageFieldLength : corpus.averageFieldLength;
  /**
   * For each field, the lengths of the documents in it, numbered among all the engine's documents, as the
   * decoded term shards tell them: a field's length is here wherever a posting names the document in that
   * field, which is all ranking reads (elsewhere it is 0, and never read).
   */
  const fieldLengths = FIELDS.map(() => new Int32Array(count));

  /**
   * A term shard's postings as MiniSearch serializes them, numbered among all the engine's documents; the
   * field lengths it carries are noted in `fieldLengths`.
   */
  function decode({ head, termStarts, offset }: Source, shard: number, { postings, fieldLength }: TermShard): [string, Postings][] {
    // Which documents the postings name in each field, marked by number: cheaper than sorting a set of the
    // thousands a common word names, which was most of the time decoding its shard took.
    const named = FIELDS.map(() => new Uint8Array(count));
    const decoded = postings.map((fields, i): [string, Postings] => {
      const byField: Postings = {};
      fields.forEach((pairs, field) => {
        if (pairs.length === 0) return;
        const docs: Record<number, number> = {};
        const marks = named[field] as Uint8Array;
        for (let p = 0, n = offset; p < pairs.length; p += 2) {
          n += pairs[p] ?? 0;
          docs[n] = pairs[p + 1] ?? 0;
          marks[n] = 1;
        }
        byField[field] = docs;
      });
      return [head.terms[(termStarts[shard] ?? 0) + i] ?? '', byField];
    });
    // A field's lengths come in the order of the numbers of the documents named in it.
    named.forEach((marks, field) => {
      const lengths = fieldLength[field] ?? [];
      const into = fieldLengths[field] as Int32Array;
      for (let n = offset, i = 0; n < offset + head.documentCount; n++) if (marks[n]) into[n] = lengths[i++] ?? 0;
    });
    return decoded;
  }

  /** A term shard's postings, decoded once. */
  function decoded(source: Source, shard: number): [string, Postings][] {
    let terms = source.decoded.get(shard);
    if (!terms) {
      const content = source.terms.get(shard);
      terms = content ? decode(source, shard, content) : [];
      source.decoded.set(shard, terms);
    }
    return terms;
  }

  /**
   * MiniSearch over the postings of the words the query's terms could match at this typo tolerance (every one
   * of them is here: `missingTerms` saw to it), and of no others. MiniSearch matches a term by prefix and by
   * typos exactly as `candidates` finds words, so it finds the same words as over the whole index, and ranking
   * reads the document count and average lengths given whole: the answers are the same. Built for one query
   * at a time, it costs what that query's words cost, not what the thousands of words in the shards held do
   * (at 100 times the data, on the main thread as results arrive).
   */
  function miniSearchFor(terms: readonly string[], fuzzy: (term: string) => number): MiniSearch<SearchDocument> {
    const words = terms.join(' ');
    const last = built.get(fuzzy);
    if (last?.terms === words) return last.index;
    const postings = new Map<string, Postings>();
    for (const [source, positions] of candidates(terms, fuzzy)) {
      for (const position of positions) {
        const shard = shardOf(source.termStarts, position);
        const entry = decoded(source, shard)[position - (source.termStarts[shard] ?? 0)];
        if (!entry) continue;
        const [term, byField] = entry;
        const more = postings.get(term);
        const fields = more ? FIELDS.flatMap((_, f) => (byField[f] || more[f] ? [[f, { ...more[f], ...byField[f] }] as const] : [])) : null;
        postings.set(term, fields ? Object.fromEntries(fields) : byField);
      }
    }
    const ids: Record<number, number> = {};
    const lengths: Record<number, number[]> = {};
    for (const byField of postings.values()) {
      for (const docs of Object.values(byField)) {
        for (const key in docs) {
          const n = Number(key);
          if (ids[n] === undefined) {
            ids[n] = n;
            lengths[n] = fieldLengths.map((field) => field[n] ?? 0);
          }
        }
      }
    }
    const index = MiniSearch.loadJS(
      {
        documentCount: count,
        nextId: count,
        documentIds: ids,
        fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
        fieldLength: lengths,
        averageFieldLength,
        storedFields: {},
        dirtCount: 0,
        index: [...postings],
        serializationVersion: 2,
      },
      INDEX_OPTIONS,
    );
    built.set(fuzzy, { terms: words, index });
    return index;
  }

  /** Notes a shard of `source` as wanted, once however many times it is asked for. */
  const want = (needs: Map<string, SearchShard>, of: SearchShard['of'], shard: number, { part }: Source) =>
    void needs.set(`${part ?? ''} ${of} ${shard}`, { of, shard, ...(part ? { part } : {}) });
  /**
   * Shards wanted, in a stable order: the public index's first. Compared as plain strings: the first
   * `localeCompare` of a page sets up a collator, about 35 ms of a phone's main thread (4× slower CPU).
   */
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const needsOf = (needs: Map<string, SearchShard>): Needs => ({
    needs: [...needs.values()].sort((a, b) => byName(a.part ?? '', b.part ?? '') || byName(a.of, b.of) || a.shard - b.shard),
  });

  const lastCandidates = new Map<(term: string) => number, { key: string; found: [Source, Set<number>][] }>();

  /**
   * Where in each index's sorted words are the words a query's terms could match at this typo tolerance: those
   * they start, and those a few typos away. A single letter counts only as the last term (see `queryOf`).
   */
  function candidates(terms: readonly string[], fuzzy: (term: string) => number): [Source, Set<number>][] {
    // Each round of a query (its postings, then its records) asks again: the words don't change, so the last
    // query's are kept, one for each typo tolerance.
    const key = terms.join(' ');
    const last = lastCandidates.get(fuzzy);
    if (last?.key === key) return last.found;
    const found = sources.map((source): [Source, Set<number>] => {
      const positions = new Set<number>();
      terms.forEach((term, i) => {
        if (term.length === 1 && i !== terms.length - 1) return;
        // Last word first, as SearchableMap's atPrefix gave them before: MiniSearch adds up a document's score
        // in the order its index got the words, so the same order gives the same scores, to the last bit.
        for (const position of positionsWithPrefix(source.head.terms, term).reverse()) positions.add(position);
        if (term.length > 1 && fuzzy(term) > 0) for (const position of positionsWithin(source.head.terms, term, fuzzy(term))) positions.add(position);
      });
      return [source, positions];
    });
    lastCandidates.set(fuzzy, { key, found });
    return found;
  }

  /** The term shards a query's words could match in, at these typo tolerances, that aren't here yet. */
  function missingTerms(terms: readonly string[], fuzzy: (term: string) => number): SearchShard[] {
    const needs = new Map<string, SearchShard>();
    for (const [source, positions] of candidates(terms, fuzzy)) {
      for (const position of positions) {
        const shard = shardOf(source.termStarts, position);
        if (!source.terms.has(shard)) want(needs, 'terms', shard, source);
      }
    }
    return needsOf(needs).needs;
  }

  /** The document a hit shows, or undefined (and the shard noted) when its record isn't here yet. */
  function shownDoc(hit: MiniSearchHit, needs: Map<string, SearchShard>): Shown | undefined {
    const n = hit.id as number;
    const source = sourceOfNumber(n);
    const local = n - source.offset;
    const shard = shardOf(source.recordStarts, local);
    const records = source.records.get(shard);
    if (!records) want(needs, 'records', shard, source);
    const record = records?.[local - (source.recordStarts[shard] ?? 0)];
    return record && { ...record, kind: kindOf(n) };
  }

  /**
   * Equal scores in the order of the ids, not of indexing: a public document by its number, a level's where
   * it goes among them (after the public ones that sort before it), and the level's among themselves by number.
   */
  const order = (n: number) => (n < publicCount ? 2 * n + 1 : 2 * (afterOf[n - publicCount] ?? 0));
  const byScore = (a: MiniSearchHit, b: MiniSearchHit) => b.score - a.score || order(a.id) - order(b.id) || a.id - b.id;

  /** The page a hit belongs to, and the number of that page's main document. */
  function pageOfHit(hit: MiniSearchHit): { page: number; main: number | undefined } {
    const page = pageOf[hit.id as number] ?? -1;
    const main = mainOf[page] ?? -1;
    return { page, main: main < 0 ? undefined : main };
  }

  /** A close name for the query's words, once the postings they could loosely match and its record are here. */
  function suggestion(terms: string[]): string | null | Needs {
    if (terms.length === 0) return null;
    const loose = missingTerms(terms, looseFuzziness);
    if (loose.length > 0) return { needs: loose };
    // Names only: a sentence (an event's title, a quote's outlet) makes an odd "Did you mean".
    const [hit] = miniSearchFor(terms, looseFuzziness).search(queryOf(terms, 'OR'), {
      ...searchOptions(terms, kindOf),
      fields: ['name', 'keywords'],
      fuzzy: looseFuzziness,
      combineWith: 'OR',
      filter: (r) => NAMED_KINDS.has(kindOf(r.id)),
    });
    if (!hit) return null;
    const needs = new Map<string, SearchShard>();
    const doc = shownDoc(hit, needs);
    if (!doc) return needsOf(needs);
    const matched = new Set(hit.terms);
    const name = doc.name ?? doc.title;
    const alias = (doc.aliases ?? []).find(([a]) => highlightsIn(a, matched).length > 0)?.[0];
    const suggested = highlightsIn(name, matched).length > 0 || !alias ? name : alias;
    return tokenize(suggested).flatMap((t) => normalizeTerm(t) ?? []).join(' ') === terms.join(' ') ? null : suggested;
  }

  // The last ranking, kept while only records arrive: a query asks again once they are here.
  let lastRanking: { index: MiniSearch<SearchDocument>; key: string; hits: MiniSearchHit[] } | undefined;

  /** Every document the query's words match, best first: every word must match, or if none does, any word. */
  function ranked(terms: string[], names: boolean): MiniSearchHit[] {
    const mini = miniSearchFor(terms, names ? looseFuzziness : fuzziness);
    const key = JSON.stringify([terms, names]);
    if (lastRanking?.index === mini && lastRanking.key === key) return lastRanking.hits;
    const options: SearchOptions = names ? { ...searchOptions(terms, kindOf), fields: ['name', 'keywords'], fuzzy: looseFuzziness } : searchOptions(terms, kindOf);
    let hits = mini.search(queryOf(terms, 'AND'), options);
    if (hits.length === 0 && terms.length > 1) hits = mini.search(queryOf(terms, 'OR'), options);
    hits.sort(byScore);
    lastRanking = { index: mini, key, hits };
    return hits;
  }

  /** What a query shows: the documents it ranks first, each with its record and score, and the counts; or the shards needed first. */
  type Choice = Omit<SearchResults, 'results'> & { terms: string[]; hits: MiniSearchHit[]; shown: [hit: MiniSearchHit, doc: Shown, score: number][] };

  function choose(query: string, { limit = 20, kinds, names = false }: SearchRequest): Choice | Needs {
    const counts: Record<SearchKind, number> = { character: 0, person: 0, episode: 0, event: 0, quote: 0 };
    const terms = queryTerms(query);
    if (terms.length === 0) return { terms, hits: [], shown: [], total: 0, counts };
    const missing = missingTerms(terms, names ? looseFuzziness : fuzziness);
    if (missing.length > 0) return { needs: missing };
    const hits = ranked(terms, names);
    const seen = new Set<number>();
    const byId = new Map(hits.map((hit) => [hit.id as number, hit]));
    const chosen: [best: MiniSearchHit, main: MiniSearchHit | undefined][] = [];
    let total = 0;
    // Several documents can point at one page (a character's details): list each once, with its best match.
    for (const hit of hits) {
      const { page, main } = pageOfHit(hit);
      if (seen.has(page)) continue;
      seen.add(page);
      const kind = kindOf(hit.id);
      counts[kind] += 1;
      if (kinds && !kinds.includes(kind)) continue;
      total += 1;
      if (chosen.length < limit) chosen.push([hit, main === undefined ? undefined : byId.get(main)]);
    }
    const needs = new Map<string, SearchShard>();
    const shown = chosen.flatMap(([best, main]): Choice['shown'] => {
      const bestDoc = shownDoc(best, needs);
      // The page's main document may be the one shown (`shownFor`): its record is asked for with the best
      // match's, in the same round, rather than a round trip later.
      const mainDoc = main && main !== best ? shownDoc(main, needs) : undefined;
      if (!bestDoc) return [];
      const hit = shownFor(best, bestDoc, main);
      const doc = hit === best ? bestDoc : mainDoc;
      return doc ? [[hit, doc, best.score]] : [];
    });
    return needs.size > 0 ? needsOf(needs) : { terms, hits, shown, total, counts };
  }

  function run(query: string, request: SearchRequest = {}): SearchAnswer | Needs {
    const choice = choose(query, request);
    if ('needs' in choice) return choice;
    const { terms, hits, shown, total, counts } = choice;
    const results = shown.map(([hit, doc, score]) => ({ ...toResult(hit, doc), score }));
    if (!request.suggest || terms.length === 0 || hits.length > 0) return { results, total, counts, suggestion: null };
    const suggested = suggestion(terms);
    return typeof suggested === 'object' && suggested !== null ? suggested : { results, total, counts, suggestion: suggested };
  }

  function needs(query: string, request: SearchRequest = {}): SearchShard[] {
    const choice = choose(query, request);
    if ('needs' in choice) return choice.needs;
    if (!request.suggest || choice.hits.length > 0) return [];
    const suggested = suggestion(choice.terms);
    return typeof suggested === 'object' && suggested !== null ? suggested.needs : [];
  }

  const answered = <T,>(answer: T | Needs): T => {
    if (typeof answer === 'object' && answer !== null && 'needs' in answer) throw new Error(`Search needs shards ${JSON.stringify(answer.needs)}`);
    return answer as T;
  };

  return {
    run,
    needs,
    add(need, content) {
      const source = sourceOfShard(need);
      if (!source) return;
      if (need.of === 'terms') {
        source.terms.set(need.shard, content as TermShard);
        built.clear();
        // Decoded in the task that brings it, so ranking, in the next, has less to do in one go.
        decoded(source, need.shard);
      } else source.records.set(need.shard, content as SearchRecord[]);
    },
    search: (query, request) => {
      const { results, total, counts } = answered(run(query, request));
      return { results, total, counts };
    },
    suggest: (query) => answered(suggestion(queryTerms(query))),
  };
}
