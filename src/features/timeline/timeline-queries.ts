import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from '@/lib/dataset.ts';
import { buildTimeline } from './timeline.ts';

export const timelineKeys = {
  all: ['timeline'] as const,
  events: () => [...timelineKeys.all, 'events'] as const,
};

export const timelineQuery = () =>
  queryOptions({
    queryKey: timelineKeys.events(),
    queryFn: async () => buildTimeline(await loadDataset()),
  });
