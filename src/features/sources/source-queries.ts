import { queryOptions } from '@tanstack/react-query';
import { compareDates } from '@/lib/dates.ts';
import { loadDataset } from '@/lib/dataset.ts';

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
};

/** Every source, newest first. Sources themselves give nothing of the story away. */
export const sourceListQuery = () =>
  queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: async () => [...(await loadDataset()).sources].sort((a, b) => compareDates(b.date, a.date)),
  });
