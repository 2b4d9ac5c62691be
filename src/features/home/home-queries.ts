import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from '@/lib/dataset.ts';
import { buildSeasonOverview } from './season-overview.ts';

export const homeKeys = {
  all: ['home'] as const,
  season: (season: number) => [...homeKeys.all, 'season', season] as const,
};

export const seasonOverviewQuery = (season: number) =>
  queryOptions({
    queryKey: homeKeys.season(season),
    queryFn: async () => buildSeasonOverview(await loadDataset(), season),
  });
