import { queryOptions } from '@tanstack/react-query';
import { documents, loadRequiredDocument } from '@/lib/dataset.ts';
import type { ReceptionDocument } from './reception-view.ts';

export const receptionKeys = {
  all: ['reception'] as const,
};

/** Reviews, scores, audience figures and awards: public, the same for every viewer. */
export const receptionQuery = () =>
  queryOptions({
    queryKey: receptionKeys.all,
    queryFn: () => loadRequiredDocument<ReceptionDocument>(documents.reception),
  });
