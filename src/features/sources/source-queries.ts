import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { SourceListDocument } from './sources.ts';

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
};

/** Every source, newest first; the ones only spoilers cite are gated like them. */
export const sourceListQuery = () =>
  queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: () => loadRequiredDocument<SourceListDocument & GatedDocument>(documents.sources),
  });
