import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { CharacterDocument, CharacterSummary } from './character-view.ts';

export const characterKeys = {
  all: ['characters'] as const,
  list: () => [...characterKeys.all, 'list'] as const,
  detail: (slug: string) => [...characterKeys.all, 'detail', slug] as const,
};

export const characterListQuery = () =>
  queryOptions({
    queryKey: characterKeys.list(),
    queryFn: () => loadRequiredDocument<CharacterSummary[]>(documents.characters),
  });

/** The public page, without its spoilers (see `useGate`); `null` for an unknown slug, so the route can answer with its not-found page. */
export const characterQuery = (slug: string) =>
  queryOptions({
    queryKey: characterKeys.detail(slug),
    queryFn: () => loadDocument<CharacterDocument & GatedDocument>(documents.character(slug)),
  });
