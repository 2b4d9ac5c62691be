import { useLayoutEffect } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';

/**
 * A returning viewer with a spoiler level would see the prerendered no-spoiler page, then their spoilers slot
 * in and push the content down. `public/spoiler-boot.js`, a blocking script in <head> (external: the CSP
 * forbids inline script), marks the page for such a viewer before the first paint, and CSS keeps the content
 * of a page with spoilers out of sight (src/styles/global.css), 2 s at most. This ends the wait. Route loaders fetch the viewer's
 * spoilers before the page hydrates and the gate reads them in the same render, so the first render after
 * hydration is the complete page: show it before the browser paints.
 */
export function useSpoilersSettled(): void {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated) document.documentElement.removeAttribute('data-spoilers');
  }, [hydrated]);
}
