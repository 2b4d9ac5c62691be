import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { TimelineDocument } from './timeline.ts';

export const timelineKeys = {
  all: ['timeline'] as const,
  events: () => [...timelineKeys.all, 'events'] as const,
};

export const timelineQuery = () =>
  queryOptions({
    queryKey: timelineKeys.events(),
    queryFn: () => loadRequiredDocument<TimelineDocument & GatedDocument>(documents.timeline),
  });
