import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { documents } from '@/lib/dataset.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { createSearchEngine, type PlacedDocument, type SearchAnswer, type SearchCorpus, type SearchEngine, type SearchRequest } from './search-index.ts';
import { searchCorpusQuery, searchShardQuery } from './search-queries.ts';

const NO_CORPUS = { documents: [] } as unknown as SearchCorpus;

let last: { corpus: SearchCorpus; gated: readonly PlacedDocument[]; engine: SearchEngine } | undefined;

const sameDocuments = (a: readonly PlacedDocument[], b: readonly PlacedDocument[]) =>
  a === b || (a.length === b.length && a.every((d, i) => d.id === b[i]?.id));

/**
 * The engine for these documents, remembering the last one built. The header's field and the results page
 * each ask for one; building it costs a long task at 100 times the data, so both share it (and the shards
 * it was given) while the corpus and the gated documents the viewer may see are the same.
 */
function engineFor(corpus: SearchCorpus, gated: readonly PlacedDocument[]): SearchEngine {
  if (last?.corpus !== corpus || !sameDocuments(last.gated, gated)) {
    last = { corpus, gated, engine: createSearchEngine(corpus, gated) };
  }
  return last.engine;
}

export type SearchEngineState = {
  /** Null until the index's head has arrived. */
  engine: SearchEngine | null;
  /** The index's head could not be fetched. */
  failed: boolean;
  /** The viewer's spoiler part of it could not be fetched. */
  gateFailed: boolean;
  retry: () => void;
};

/**
 * The search engine at the viewer's spoiler setting: the gated documents the setting allows follow it without
 * a reload. Only code that loads lazily may use this, because it brings the engine and MiniSearch with it.
 */
function useSearchEngine(settings: SpoilerSettings): SearchEngineState {
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
    failed: corpus.isError,
    gateFailed: gate.failed,
    retry: () => {
      if (corpus.isError) void corpus.refetch();
      gate.retry();
    },
  };
}

/** An answer, with the query it answers: while a newer query's shards arrive, the last answer stays. */
export type Answered = SearchAnswer & { query: string };

export type SearchState = {
  /** The answer to `query`, or to an earlier query while this one's shards arrive; null before any. */
  answer: Answered | null;
  /** Whether `answer` is for another query than the one asked. */
  pending: boolean;
  /** The index, or a shard this query needs, could not be fetched. */
  failed: boolean;
  /** The viewer's spoiler part could not be fetched: the answer holds public documents only. */
  gateFailed: boolean;
  retry: () => void;
};

/**
 * Searches at the viewer's spoiler setting, fetching the shards of the index the query needs (each cached for
 * the visit): the words' postings, then the records of the results shown.
 */
export function useSearch(settings: SpoilerSettings, query: string, request: SearchRequest = {}): SearchState {
  const { engine, failed, gateFailed, retry } = useSearchEngine(settings);
  const client = useQueryClient();
  // Bumped as shards arrive, so the query is asked again.
  const [arrived, setArrived] = useState(0);
  const [shardFailed, setShardFailed] = useState(false);
  const { limit, kinds, names, suggest } = request;
  const kindsKey = kinds?.join(' ');
  const run = useMemo(
    () => {
      if (!engine) return null;
      // Shards already fetched (ahead, or for an engine at another level) are taken at once.
      for (;;) {
        const answer = engine.run(query, { limit, kinds, names, suggest });
        if (!('needs' in answer)) return answer;
        const cached = answer.needs.map((need) => [need, client.getQueryData(searchShardQuery(need).queryKey)] as const);
        if (cached.some(([, shard]) => shard === undefined)) return answer;
        for (const [need, shard] of cached) if (shard) engine.add(need, shard);
      }
    },
    // `arrived` says the engine has more shards; `kindsKey` stands for `kinds`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, query, limit, kindsKey, names, suggest, arrived, client],
  );
  const needs = run && 'needs' in run ? run.needs : null;
  const complete = useMemo(() => (run && !('needs' in run) ? { ...run, query } : null), [run, query]);
  const [kept, setKept] = useState<Answered | null>(null);
  if (complete && complete !== kept) setKept(complete);

  const needsKey = JSON.stringify(needs);
  useEffect(() => {
    if (!engine || !needs) return;
    let live = true;
    Promise.all(needs.map(async (need) => engine.add(need, await client.fetchQuery(searchShardQuery(need))))).then(
      () => live && setArrived((n) => n + 1),
      () => live && setShardFailed(true),
    );
    return () => {
      live = false;
    };
    // `needsKey` stands for `needs`; `arrived` asks again after a retry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, needsKey, client, arrived]);

  const answer = complete ?? kept;
  return {
    answer,
    pending: answer?.query !== query || complete === null,
    failed: failed || shardFailed,
    gateFailed,
    retry: () => {
      setShardFailed(false);
      setArrived((n) => n + 1);
      retry();
    },
  };
}
