import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createSpoilerStore } from '@/lib/spoiler-preferences.ts';
import { SpoilerStoreContext } from '@/lib/use-spoiler-settings.ts';
import { AppProviders } from '@/app/app-providers.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import { createRoutes } from '@/app/routes.tsx';

/** Test-only: the app's routes at `path`, as a fresh visitor with preferences kept in memory. */
export function renderAt(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const store = createSpoilerStore(() => undefined);
  render(
    <AppProviders client={queryClient}>
      <SpoilerStoreContext.Provider value={store}>
        <RouterProvider router={router} />
      </SpoilerStoreContext.Provider>
    </AppProviders>,
  );
  return router;
}
