import { QueryClient } from '@tanstack/react-query';

/** The dataset ships with the build, so what was read once stays true until the next deploy. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 'static', gcTime: Number.POSITIVE_INFINITY, retry: false },
    },
  });
}

/** The one client that route loaders and components share in the browser. */
export const queryClient = createQueryClient();
