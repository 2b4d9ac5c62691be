import MiniSearch, { type Options } from 'minisearch';
import type { GatedDocument } from '@/lib/gated.ts';
import type { Dataset } from '@/lib/schema.ts';

export type SearchDocument = {
  id: string;
  kind: 'character' | 'event';
  /** Slug or id of what the result links to. */
  target: string;
  title: string;
  text: string;
  /** Extra names to match: an actor for a character, say. */
  keywords: string;
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

/** The same at build time and in the browser, or a loaded index would not match what is added to it. */
const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text', 'keywords'],
  storeFields: ['kind', 'target', 'title'],
  searchOptions: { boost: { title: 3, keywords: 2 }, prefix: true, fuzzy: 0.2 },
  processTerm: (term) => term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase(),
};

/** Build time, after the gated documents were split off: indexes the public ones. */
export function indexSearchDocuments({ documents, ...gated }: SearchDocuments & GatedDocument): SearchCorpus {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return { index: index.toJSON(), documents: [], ...gated };
}

/** Build time: every searchable thing, each with the episode that reveals it. */
export function buildSearchDocuments(data: Dataset): SearchDocuments {
  const people = new Map(data.people.map((p) => [p.id, p.name]));
  const documents: SearchDocument[] = [];
  for (const c of data.characters) {
    const keywords = [...(c.aliases ?? []), ...c.actors.map((a) => people.get(a) ?? '')].join(' ');
    documents.push({ id: `character:${c.id}`, kind: 'character', target: c.id, title: c.name, text: `${c.tagline} ${c.summary.text}`, keywords });
    c.details.forEach((d, i) => {
      documents.push({ id: `character:${c.id}:${i}`, kind: 'character', target: c.id, title: c.name, text: d.text, keywords, reveals: d.reveals });
    });
  }
  for (const e of data.events) {
    documents.push({ id: `event:${e.id}`, kind: 'event', target: e.id, title: e.title, text: e.summary, keywords: '', reveals: e.reveals });
  }
  return { documents };
}

export type SearchResult = Pick<SearchDocument, 'kind' | 'target' | 'title'>;

export type SearchEngine = { search: (query: string) => SearchResult[] };

const MAX_QUERY_LENGTH = 200;

/**
 * The public index plus the gated documents the viewer may see, and nothing else: gating happens before
 * this (see `useGate`), so neither results nor their count can hint at a spoiler.
 */
export function createSearchEngine(corpus: SearchCorpus, gated: readonly SearchDocument[]): SearchEngine {
  const index = MiniSearch.loadJS(corpus.index, INDEX_OPTIONS);
  index.addAll([...gated]);

  return {
    search(query) {
      const q = query.slice(0, MAX_QUERY_LENGTH).trim();
      if (!q) return [];
      const seen = new Set<string>();
      const results: SearchResult[] = [];
      // Several documents can point at one page (a character's details): list each page once.
      for (const hit of index.search(q)) {
        const key = `${String(hit.kind)}:${String(hit.target)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({ kind: hit.kind as SearchResult['kind'], target: hit.target as string, title: hit.title as string });
      }
      return results;
    },
  };
}
