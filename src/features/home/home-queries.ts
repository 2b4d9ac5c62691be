import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument } from '@/lib/dataset.ts';
import type { SeasonOverview } from './season-overview.ts';

export const homeKeys = {
  all: ['home'] as const,
  overview: () => [...homeKeys.all, 'overview'] as const,
};

/** The home page's season overview: public by construction (see `buildSeasonOverview`). */
export const seasonOverviewQuery = () =>
  queryOptions({
    queryKey: homeKeys.overview(),
    queryFn: () => loadDocument<SeasonOverview>(documents.home),
  });
