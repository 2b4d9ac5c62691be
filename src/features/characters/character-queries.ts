import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from '@/lib/dataset.ts';
import { buildCharacterList, buildCharacterPage } from './character-page.ts';

export const characterKeys = {
  all: ['characters'] as const,
  list: () => [...characterKeys.all, 'list'] as const,
  detail: (slug: string) => [...characterKeys.all, 'detail', slug] as const,
};

export const characterListQuery = () =>
  queryOptions({
    queryKey: characterKeys.list(),
    queryFn: async () => buildCharacterList(await loadDataset()),
  });

/** Resolves to `null` for an unknown slug, so the route can answer with its not-found page. */
export const characterQuery = (slug: string) =>
  queryOptions({
    queryKey: characterKeys.detail(slug),
    queryFn: async () => buildCharacterPage(await loadDataset(), slug),
  });
