import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from '@/lib/dataset.ts';
import { buildSearchCorpus } from './search-index.ts';

export const searchKeys = {
  all: ['search'] as const,
  corpus: () => [...searchKeys.all, 'corpus'] as const,
};

export const searchCorpusQuery = () =>
  queryOptions({
    queryKey: searchKeys.corpus(),
    queryFn: async () => buildSearchCorpus(await loadDataset()),
  });
