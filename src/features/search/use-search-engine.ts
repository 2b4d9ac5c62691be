import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { levelPartName } from '@/lib/gated.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { createSearchEngine, type LevelIndex, type SearchAnswer, type SearchCorpus, type SearchEngine, type SearchLevel, type SearchRequest, type SearchShard } from './search-index.ts';
import { searchCorpusQuery, searchLevelQuery, searchShardQuery } from './search-queries.ts';

let last: { corpus: SearchCorpus; level: SearchLevel | null; engine: SearchEngine } | undefined;

/**
 * The engine for this index and level part, remembering the last one built. The header's field and the
 * results page each ask for one; both share it (and the shards it was given) while the index and the level's
 * part are the same.
 */
export function engineFor(corpus: SearchCorpus, level: LevelIndex | null): SearchEngine {
  if (last?.corpus !== corpus || last.level !== (level?.index ?? null)) {
    last = { corpus, level: level?.index ?? null, engine: createSearchEngine(corpus, level) };
  }
  return last.engine;
}

/** Fetches the shards an answer needs (each cached for the visit) and gives them to the engine; rejects if one fails. */
export async function fetchShards(client: QueryClient, engine: SearchEngine, needs: readonly SearchShard[]): Promise<void> {
  await Promise.all(needs.map(async (need) => engine.add(need, await client.fetchQuery(searchShardQuery(need)))));
}

export type SearchEngineState = {
  /** Null until the index's head, and the level's part of it, have arrived. */
  engine: SearchEngine | null;
  /** The level part the engine holds, or null for the public index alone. */
  part: string | null;
  /** The index's head could not be fetched. */
  failed: boolean;
  /** The viewer's spoiler part of it could not be fetched. */
  gateFailed: boolean;
  retry: () => void;
};

/**
 * The search engine at the viewer's spoiler setting: the level's part of the index follows it without a
 * reload. Only code that loads lazily may use this, because it brings the engine and MiniSearch with it.
 */
function useSearchEngine(settings: SpoilerSettings): SearchEngineState {
  const corpus = useQuery(searchCorpusQuery());
  // The query's news comes in a synchronous render; the index and the results it brings are built in the
  // deferred one that follows, which yields to the browser (docs/decisions/0015). Null at first even when the
  // index is already here (a `/search/?q=` link fetches it as the page loads), so hydrating never builds it.
  const data = useDeferredValue(corpus.data ?? null, null);
  // The gated documents the viewer may see are the level's part of the index, if the index has any.
  const wanted = data?.moreLater?.length ? levelPartName(settings) : null;
  const level = useQuery({ ...searchLevelQuery(wanted ?? 'none'), enabled: wanted !== null });
  const levelData = level.data;
  // Without the level's part, only the public index: the page says the spoilers couldn't be loaded.
  const part = wanted !== null && !level.isError ? wanted : null;
  const engine = useMemo(() => {
    if (!data) return null;
    if (part === null) return engineFor(data, null);
    // Until the level's part is here, no answer: an answer without it would show less than the level allows.
    return levelData ? engineFor(data, { part, index: levelData }) : null;
  }, [data, part, levelData]);
  return {
    engine,
    part,
    failed: corpus.isError,
    gateFailed: level.isError,
    retry: () => {
      if (corpus.isError) void corpus.refetch();
      if (level.isError) void level.refetch();
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
  const { engine, part, failed, gateFailed, retry } = useSearchEngine(settings);
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
  // The last answer, and the level part it came from: it stays only at that level, so an answer found at a
  // higher level is gone the moment the level is lowered.
  const [kept, setKept] = useState<{ answer: Answered; part: string | null } | null>(null);
  if (complete && complete !== kept?.answer) setKept({ answer: complete, part });

  const needsKey = JSON.stringify(needs);
  useEffect(() => {
    if (!engine || !needs) return;
    let live = true;
    fetchShards(client, engine, needs).then(
      // In a transition, so the answer and the results it draws render in slices that let a tap through,
      // rather than one long task as the last shard lands (docs/decisions/0015).
      () => live && startTransition(() => setArrived((n) => n + 1)),
      () => live && setShardFailed(true),
    );
    return () => {
      live = false;
    };
    // `needsKey` stands for `needs`; `arrived` asks again after a retry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, needsKey, client, arrived]);

  const answer = complete ?? (kept?.part === part ? kept.answer : null);
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
