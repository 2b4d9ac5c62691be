import { queryOptions } from '@tanstack/react-query';
import { documents, loadGatedPart, loadRequiredDocument } from '@/lib/dataset.ts';
import type { SearchCorpus, SearchLevel, SearchRecord, SearchShard, TermShard } from './search-index.ts';

export const searchKeys = {
  all: ['search'] as const,
  corpus: () => [...searchKeys.all, 'corpus'] as const,
  level: (part: string) => [...searchKeys.all, 'level', part] as const,
  shard: ({ of, shard, part }: SearchShard) => [...searchKeys.all, of, shard, part ?? null] as const,
};

/** The index's head: what every query starts from. */
export const searchCorpusQuery = () =>
  queryOptions({
    queryKey: searchKeys.corpus(),
    queryFn: () => loadRequiredDocument<SearchCorpus>(documents.search),
  });

/** A spoiler level's part of the index (`upto-s2e4`, `everything`): the head of the gated documents it may see. */
export const searchLevelQuery = (part: string) =>
  queryOptions({
    queryKey: searchKeys.level(part),
    queryFn: () => loadGatedPart<SearchLevel>(documents.search, part),
  });

/** One shard of the index, the public one's or a level's, fetched when a query needs it. */
export const searchShardQuery = (shard: SearchShard) =>
  queryOptions({
    queryKey: searchKeys.shard(shard),
    queryFn: () => {
      const name = shard.of === 'terms' ? documents.searchTerms(shard.shard) : documents.searchRecords(shard.shard);
      return shard.part === undefined ? loadRequiredDocument<TermShard | SearchRecord[]>(name) : loadGatedPart<TermShard | SearchRecord[]>(name, shard.part);
    },
  });
