import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { CastDocument, CastListDocument } from './cast-view.ts';

export const castKeys = {
  all: ['cast'] as const,
  list: () => [...castKeys.all, 'list'] as const,
  detail: (person: string) => [...castKeys.all, 'detail', person] as const,
};

/** Everyone in the cast and crew: public, the same for every viewer. */
export const castListQuery = () =>
  queryOptions({
    queryKey: castKeys.list(),
    queryFn: () => loadRequiredDocument<CastListDocument>(documents.castList),
  });

/** The public page, without its spoilers (see `useGate`); `null` for an unknown person, so the route can answer with its not-found page. */
export const castQuery = (person: string) =>
  queryOptions({
    queryKey: castKeys.detail(person),
    queryFn: () => loadDocument<CastDocument & GatedDocument>(documents.cast(person)),
  });
