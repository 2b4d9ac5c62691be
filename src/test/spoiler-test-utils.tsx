import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { levelOptionsQuery } from '@/lib/spoiler-queries.ts';
import { createSpoilerStore } from '@/lib/spoiler-preferences.ts';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';
import { SpoilerStoreContext } from '@/lib/use-spoiler-settings.ts';

/** Test-only: a QueryClient with the episodes loaded, as the root loader leaves it before anything renders. */
export async function loadedClient(): Promise<QueryClient> {
  const client = new QueryClient();
  await client.query(levelOptionsQuery());
  return client;
}

/** Test-only: a Storage holding just the spoiler preferences, raw (so junk can be stored). */
export function storageWith(value?: string): Storage {
  const data = new Map<string, string>(value === undefined ? [] : [[STORAGE_KEYS.spoilers, value]]);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as Storage;
}

/** Test-only: renders `ui` against its own store over `storage`, and returns the store. */
export function renderWithStore(client: QueryClient, storage: () => Storage | undefined, ui: ReactNode) {
  const store = createSpoilerStore(storage);
  render(
    <QueryClientProvider client={client}>
      <SpoilerStoreContext.Provider value={store}>{ui}</SpoilerStoreContext.Provider>
    </QueryClientProvider>,
  );
  return store;
}
