import { QueryClient } from '@tanstack/react-query';

/**
 * Documents are static files of one content version (their URL names it), so what was read once stays true
 * for the visit; a failed request is shown with a retry control instead of being retried silently.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 'static', gcTime: Number.POSITIVE_INFINITY, retry: false },
    },
  });
}
