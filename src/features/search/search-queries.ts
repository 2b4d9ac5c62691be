import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { SearchCorpus } from './search-index.ts';

export const searchKeys = {
  all: ['search'] as const,
  corpus: () => [...searchKeys.all, 'corpus'] as const,
};

export const searchCorpusQuery = () =>
  queryOptions({
    queryKey: searchKeys.corpus(),
    queryFn: () => loadRequiredDocument<SearchCorpus>(documents.search),
  });
