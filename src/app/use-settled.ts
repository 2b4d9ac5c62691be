import { useLayoutEffect } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';

/**
 * The prerendered page is what a new visitor sees with no query. Two things change it once the app runs: a
 * returning viewer's spoiler level, and filters in the link (the timeline's). Either would move the content
 * after it appears. `public/boot.js`, a blocking script in <head> (external: the CSP forbids inline script),
 * marks the page before the first paint, and CSS keeps what could move out of sight (src/styles/global.css),
 * 2 s at most. Route loaders fetch the viewer's spoilers before the page hydrates and the gate reads them in
 * the same render, so the first render after hydration is the settled page: this shows it before the browser
 * paints.
 */
export function useSettled(): void {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated) document.documentElement.removeAttribute('data-settling');
  }, [hydrated]);
}
