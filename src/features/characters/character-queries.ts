import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { CharacterIndexDocument, CharacterLetterDocument } from './character-list-view.ts';
import type { CharacterDocument, CharacterSummary } from './character-view.ts';

export const characterKeys = {
  all: ['characters'] as const,
  list: () => [...characterKeys.all, 'list'] as const,
  index: () => [...characterKeys.all, 'index'] as const,
  letter: (letter: string) => [...characterKeys.all, 'letter', letter] as const,
  filter: (filter: string) => [...characterKeys.all, 'filter', filter] as const,
  detail: (slug: string) => [...characterKeys.all, 'detail', slug] as const,
};

export const characterListQuery = () =>
  queryOptions({
    queryKey: characterKeys.list(),
    queryFn: () => loadRequiredDocument<CharacterSummary[]>(documents.characters),
  });

/** `/characters/`: everyone while they fit on one page, else the letters of its A–Z pages. Public. */
export const characterIndexQuery = () =>
  queryOptions({
    queryKey: characterKeys.index(),
    queryFn: () => loadRequiredDocument<CharacterIndexDocument>(documents.characterIndex),
  });

/** One letter's page of the index; `null` for a letter it hasn't (or when it is one page). */
export const characterLetterQuery = (letter: string) =>
  queryOptions({
    queryKey: characterKeys.letter(letter),
    queryFn: () => loadDocument<CharacterLetterDocument>(documents.characterLetter(letter)),
  });

/** What a filtered link of a long index shows (`family-new`): read once the app has the link's filters. */
export const characterFilterQuery = (filter: string) =>
  queryOptions({
    queryKey: characterKeys.filter(filter),
    queryFn: () => loadRequiredDocument<CharacterSummary[]>(documents.characterFilter(filter)),
  });

/** The public page, without its spoilers (see `useGate`); `null` for an unknown slug, so the route can answer with its not-found page. */
export const characterQuery = (slug: string) =>
  queryOptions({
    queryKey: characterKeys.detail(slug),
    queryFn: () => loadDocument<CharacterDocument & GatedDocument>(documents.character(slug)),
  });
