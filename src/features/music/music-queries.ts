import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { MusicDocument } from './music-view.ts';

export const musicKeys = {
  all: ['music'] as const,
};

/** The public page, without its songs (see `useGate`): who made the music, and the episodes. */
export const musicQuery = () =>
  queryOptions({
    queryKey: musicKeys.all,
    queryFn: () => loadRequiredDocument<MusicDocument & GatedDocument>(documents.music),
  });
