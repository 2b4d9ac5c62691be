import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createSpoilerStore } from '@/features/spoilers/spoiler-store.ts';
import { SpoilerStoreContext } from '@/features/spoilers/use-spoiler-settings.ts';
import { AppProviders } from '../app-providers.tsx';
import { queryClient } from '../query-client.ts';
import { routes } from '../routes.tsx';

/** Test-only: the app's routes at `path`, as a fresh visitor with preferences kept in memory. */
export function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
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
