import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowAnchor, type TimelineRow } from './timeline-rows.ts';

/**
 * Above this many rows the list is virtualised: only the rows near the viewport are in the DOM. The real
 * timeline (a few dozen rows) is always drawn whole, so it reads without JavaScript and finds with Ctrl+F;
 * the bench's 10,000 events would otherwise take well over 100 ms to refilter (docs/decisions/0006).
 */
export const VIRTUALISE_FROM = 400;

/** Rough heights for rows not yet measured: an event card, a period heading. */
const ESTIMATE = { event: 190, period: 56 } as const;

/**
 * Draws `rows` (in the element `listRef` holds) whole or virtualised, and scrolls to a row in either case.
 * Virtualising starts only after hydration, so the first client render matches the prerendered page (which
 * lists every row).
 */
export function useTimelineScroller(rows: readonly TimelineRow[], hydrated: boolean, listRef: RefObject<HTMLDivElement | null>) {
  const virtual = hydrated && rows.length > VIRTUALISE_FROM;
  // Where the list starts in the page: the filters, notes and ribbon above it change height as they change.
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    enabled: virtual,
    estimateSize: (i) => ESTIMATE[rows[i]?.kind ?? 'event'],
    getItemKey: (i) => (rows[i] ? rowAnchor(rows[i]) : i),
    overscan: 6,
    scrollMargin,
  });

  // After every render, because anything above the list may have changed height; measuring layout is what
  // a layout effect is for, and the guard keeps it to one extra render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (!virtual || !listRef.current) return;
    const top = Math.round(listRef.current.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  });

  /** Brings a row to the top of the viewport; `focus` moves focus there too (a jump the viewer asked for). */
  const scrollTo = (index: number, focus = false) => {
    const row = rows[index];
    if (!row) return;
    const id = rowAnchor(row);
    const land = () => {
      const element = document.getElementById(id);
      // Instant: a smooth glide past hundreds of events is slow, and the highlight or focus shows where it landed.
      // Virtualised, this corrects the landing once the row is drawn: the offsets above it were estimates.
      element?.scrollIntoView({ block: 'start', behavior: 'instant' });
      if (focus) element?.focus({ preventScroll: true });
    };
    if (!virtual) return land();
    virtualizer.scrollToIndex(index, { align: 'start', behavior: 'instant' });
    // The row is drawn in the frames after the scroll.
    requestAnimationFrame(() => requestAnimationFrame(land));
  };

  return { virtual, virtualizer, scrollTo };
}
