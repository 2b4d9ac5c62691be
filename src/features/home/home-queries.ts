import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { SeasonOverview } from './season-overview.ts';

export const homeKeys = {
  all: ['home'] as const,
  overview: () => [...homeKeys.all, 'overview'] as const,
};

/** The home page's season overview: public by construction (see `buildSeasonOverview`). */
export const seasonOverviewQuery = () =>
  queryOptions({
    queryKey: homeKeys.overview(),
    queryFn: () => loadRequiredDocument<SeasonOverview>(documents.home),
  });
