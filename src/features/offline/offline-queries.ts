import { queryOptions } from '@tanstack/react-query';
import { readKeptPages } from './kept-pages.ts';
import { readOfflineCopy } from './offline-copy.ts';

export const offlineKeys = {
  all: ['offline'] as const,
  copy: () => [...offlineKeys.all, 'copy'] as const,
  keptPages: () => [...offlineKeys.all, 'kept-pages'] as const,
};

/** The whole offline copy: its size, and whether this device holds it. */
export const offlineCopyQuery = () =>
  queryOptions({
    queryKey: offlineKeys.copy(),
    queryFn: readOfflineCopy,
    // Read once per visit, and again after a download; a failure says so rather than trying again and again.
    staleTime: Infinity,
    retry: false,
  });

/** The pages this device has kept, with their titles. */
export const keptPagesQuery = () =>
  queryOptions({
    queryKey: offlineKeys.keptPages(),
    queryFn: readKeptPages,
    retry: false,
  });
