import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { SearchCorpus, SearchRecord, SearchShard, TermShard } from './search-index.ts';

export const searchKeys = {
  all: ['search'] as const,
  corpus: () => [...searchKeys.all, 'corpus'] as const,
  shard: ({ of, shard }: SearchShard) => [...searchKeys.all, of, shard] as const,
};

/** The index's head: what every query starts from. */
export const searchCorpusQuery = () =>
  queryOptions({
    queryKey: searchKeys.corpus(),
    queryFn: () => loadRequiredDocument<SearchCorpus>(documents.search),
  });

/** One shard of the index, fetched when a query needs it. */
export const searchShardQuery = (shard: SearchShard) =>
  queryOptions({
    queryKey: searchKeys.shard(shard),
    queryFn: () =>
      loadRequiredDocument<TermShard | SearchRecord[]>(shard.of === 'terms' ? documents.searchTerms(shard.shard) : documents.searchRecords(shard.shard)),
  });
