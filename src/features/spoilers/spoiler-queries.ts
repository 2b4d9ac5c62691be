import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from '@/lib/dataset.ts';
import { levelOptions } from './levels.ts';

export const spoilerKeys = {
  all: ['spoilers'] as const,
  levels: () => [...spoilerKeys.all, 'levels'] as const,
};

export const levelOptionsQuery = () =>
  queryOptions({
    queryKey: spoilerKeys.levels(),
    queryFn: async () => levelOptions((await loadDataset()).episodes),
  });
