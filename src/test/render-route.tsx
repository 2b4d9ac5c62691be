import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createSpoilerStore } from '@/lib/spoiler-preferences.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { SpoilerStoreContext } from '@/lib/use-spoiler-settings.ts';
import { AppProviders } from '@/app/app-providers.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import { createRoutes } from '@/app/routes.tsx';

/**
 * Test-only: the app's routes at `path`, with preferences kept in memory: a fresh visitor's, or a returning
 * one's `settings`.
 */
export function renderAt(path: string, settings?: SpoilerSettings) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const store = createSpoilerStore(() => undefined);
  if (settings) store.update({ ...settings, promptDismissed: true });
  render(
    <AppProviders client={queryClient}>
      <SpoilerStoreContext.Provider value={store}>
        <RouterProvider router={router} />
      </SpoilerStoreContext.Provider>
    </AppProviders>,
  );
  return router;
}
