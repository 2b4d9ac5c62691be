import { useLayoutEffect } from 'react';
import { markAppReady } from '@/lib/app-ready.ts';
import { markSettled } from '@/lib/settling.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';

/**
 * The prerendered page is what a new visitor sees with no query. Two things change it once the app runs: a
 * returning viewer's spoiler level, and filters in the link (the timeline's). The pre-paint script marks such
 * a page and CSS keeps what could move out of sight (src/lib/settling.ts). Route loaders fetch the viewer's
 * spoilers before the page hydrates and the gate reads them in the same render, so the first render after
 * hydration is the settled page: this shows it before the browser paints.
 *
 * The same effect marks the app ready (src/lib/app-ready.ts): it runs after the hydration commit, once the
 * router has subscribed, and on every page the shell draws, a page drawn in the browser (404.html, an error
 * page) included.
 */
export function useSettled(): void {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (!hydrated) return;
    markSettled(document.documentElement);
    markAppReady(document.documentElement);
  }, [hydrated]);
}
