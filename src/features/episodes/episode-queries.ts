import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { EpisodeDocument } from './episode-view.ts';

export const episodeKeys = {
  all: ['episode'] as const,
  detail: (id: string) => [...episodeKeys.all, 'detail', id] as const,
};

/** The public page, without its spoilers (see `useGate`); `null` for an unknown episode, so the route can answer with its not-found page. */
export const episodeQuery = (id: string) =>
  queryOptions({
    queryKey: episodeKeys.detail(id),
    queryFn: () => loadDocument<EpisodeDocument & GatedDocument>(documents.episode(id)),
  });
