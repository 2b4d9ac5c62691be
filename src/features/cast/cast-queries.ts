import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { CastDocument, CastListDocument } from './cast-view.ts';

export const castKeys = {
  all: ['cast'] as const,
  list: () => [...castKeys.all, 'list'] as const,
  letter: (letter: string) => [...castKeys.all, 'letter', letter] as const,
  detail: (person: string) => [...castKeys.all, 'detail', person] as const,
};

/** Everyone in the cast and crew: public, the same for every viewer. */
export const castListQuery = () =>
  queryOptions({
    queryKey: castKeys.list(),
    queryFn: () => loadRequiredDocument<CastListDocument>(documents.castList),
  });

/** One letter's page of the cast and crew; `null` for a letter the index hasn't (or when it is one page). */
export const castLetterQuery = (letter: string) =>
  queryOptions({
    queryKey: castKeys.letter(letter),
    queryFn: () => loadDocument<CastListDocument>(documents.castLetter(letter)),
  });

/** The public page, without its spoilers (see `useGate`); `null` for an unknown person, so the route can answer with its not-found page. */
export const castQuery = (person: string) =>
  queryOptions({
    queryKey: castKeys.detail(person),
    queryFn: () => loadDocument<CastDocument & GatedDocument>(documents.cast(person)),
  });
