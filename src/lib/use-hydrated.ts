import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the server renders and while React hydrates, true after. Anything that depends on the URL's
 * query string or on the viewer's stored preferences renders only after hydration, so the prerendered HTML
 * and the first client render always agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
