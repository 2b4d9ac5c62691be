import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { SourceIndexDocument, SourceLookupDocument, SourcePageDocument } from './sources.ts';

export const sourceKeys = {
  all: ['sources'] as const,
  index: () => [...sourceKeys.all, 'index'] as const,
  page: (year: string, part: number) => [...sourceKeys.all, 'page', year, part] as const,
  lookup: () => [...sourceKeys.all, 'lookup'] as const,
};

/** The years with a page of sources, and how many pages each has: public, the same for every viewer. */
export const sourceIndexQuery = () =>
  queryOptions({
    queryKey: sourceKeys.index(),
    queryFn: () => loadRequiredDocument<SourceIndexDocument>(documents.sources),
  });

/** One page of a year's sources, newest first, without those only spoilers cite (see `useGate`); `null` for a page there isn't. */
export const sourcePageQuery = (year: string, part: number) =>
  queryOptions({
    queryKey: sourceKeys.page(year, part),
    queryFn: () => loadDocument<SourcePageDocument & GatedDocument>(documents.sourcePage(year, part)),
  });

/** Which page lists each source: read only when a link's source isn't on the page it opened. */
export const sourceLookupQuery = () =>
  queryOptions({
    queryKey: sourceKeys.lookup(),
    queryFn: () => loadRequiredDocument<SourceLookupDocument & GatedDocument>(documents.sourceLookup),
  });
