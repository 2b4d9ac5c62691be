import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { documents } from '@/lib/dataset.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { createSearchEngine, type SearchCorpus, type SearchDocument, type SearchEngine } from './search-index.ts';
import { searchCorpusQuery } from './search-queries.ts';

const NO_CORPUS = { documents: [] } as unknown as SearchCorpus;

let last: { corpus: SearchCorpus; gated: readonly SearchDocument[]; engine: SearchEngine } | undefined;

const sameDocuments = (a: readonly SearchDocument[], b: readonly SearchDocument[]) =>
  a === b || (a.length === b.length && a.every((d, i) => d.id === b[i]?.id));

/**
 * The engine for these documents, remembering the last one built. The header's field and the results page
 * each ask for one; building it costs a long task at 100 times the data, so both share it while the corpus
 * and the gated documents the viewer may see are the same.
 */
function engineFor(corpus: SearchCorpus, gated: readonly SearchDocument[]): SearchEngine {
  if (last?.corpus !== corpus || !sameDocuments(last.gated, gated)) {
    last = { corpus, gated, engine: createSearchEngine(corpus, gated) };
  }
  return last.engine;
}

export type SearchEngineState = {
  /** Null until the index has arrived. */
  engine: SearchEngine | null;
  /** The index, or the viewer's spoiler part of it, could not be fetched. */
  failed: boolean;
  retry: () => void;
};

/**
 * The search engine at the viewer's spoiler setting: the gated documents the setting allows follow it without
 * a reload. Only code that loads lazily may use this, because it brings the engine and MiniSearch with it.
 */
export function useSearchEngine(settings: SpoilerSettings): SearchEngineState {
  const corpus = useQuery(searchCorpusQuery());
  // The query's news comes in a synchronous render; the index and the results it brings are built in the
  // deferred one that follows, which yields to the browser (docs/decisions/0015).
  const data = useDeferredValue(corpus.data);
  // The public documents are in the index; the gated ones the viewer may see land in its empty list.
  const gate = useGate(documents.search, data ?? NO_CORPUS, settings);
  const gated = gate.document.documents;
  const engine = useMemo(() => (data ? engineFor(data, gated) : null), [data, gated]);
  return {
    engine,
    failed: corpus.isError || gate.failed,
    retry: () => {
      if (corpus.isError) void corpus.refetch();
      gate.retry();
    },
  };
}
