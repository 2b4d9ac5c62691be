import { queryOptions } from '@tanstack/react-query';
import { documents, loadDocument } from '@/lib/dataset.ts';
import type { TimelineDocument } from './timeline.ts';

export const timelineKeys = {
  all: ['timeline'] as const,
  events: () => [...timelineKeys.all, 'events'] as const,
};

export const timelineQuery = () =>
  queryOptions({
    queryKey: timelineKeys.events(),
    queryFn: async () => (await loadDocument<TimelineDocument>(documents.timeline)) ?? { entries: [] },
  });
