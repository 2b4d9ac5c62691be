// One client and one queryOptions factory, shared by the loader and the component, as in the wiki.
import { QueryClient, queryOptions } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 'static', retry: false } },
});

export const greetingQuery = () =>
  queryOptions({
    queryKey: ['greeting'],
    queryFn: async () => 'Hello from the floor.',
  });
