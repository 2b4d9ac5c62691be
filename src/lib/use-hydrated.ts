import { createContext, useContext } from 'react';

/**
 * False for the app's first render (the prerender, and React hydrating it), true from the next; `AppProviders`
 * (src/app) provides it. Outside that, in a component test's render, there is no prerendered HTML to match.
 */
export const HydratedContext = createContext(true);

/**
 * Anything that depends on the URL's query string or on the viewer's stored preferences renders only after
 * hydration, so the prerendered HTML and the first client render always agree.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
