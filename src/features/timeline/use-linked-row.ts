import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { rowAnchor, type TimelineRow } from './timeline-rows.ts';

/** The id a `#fragment` names, tolerating a malformed escape (`#%E0`) rather than throwing. */
export function fragmentId(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The row a link like `/timeline/#season-2-release` points at, and a scroll to it once it is on the page:
 * after hydration, and again if the level or a cleared filter brings it in later. Scrolling is a side effect
 * of arriving, so it lives in an effect; which row is targeted is derived during render.
 */
export function useLinkedRow(rows: readonly TimelineRow[], ready: boolean, scrollTo: (index: number) => void) {
  const hash = useLocation().hash;
  // The prerendered page has no fragment: read it only once hydrated, so the first render matches the HTML.
  const target = ready ? fragmentId(hash) : null;
  const index = target === null ? -1 : rows.findIndex((row) => rowAnchor(row) === target);
  const arrivedAt = useRef<string | null>(null);

  // Runs after every render (`scrollTo` is new each time), but scrolls once per link target.
  useEffect(() => {
    if (index < 0 || arrivedAt.current === target) return;
    arrivedAt.current = target;
    scrollTo(index);
  }, [index, target, scrollTo]);

  return { target, found: index >= 0 };
}
