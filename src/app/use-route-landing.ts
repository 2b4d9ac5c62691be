import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType, type Location } from 'react-router';

/** Scroll positions by history entry (`location.key`), for Back and Forward. */
const positions = new Map<string, number>();
/**
 * The location the page last landed at. Module state, not a ref: the shell remounts when a page turns into
 * the error page (an unknown character), and that navigation must land too.
 */
let landed: Location | undefined;
/** Between a Back or Forward and the landing that follows it. */
let traversing = false;

/**
 * Where a client navigation lands, like a page load:
 * - another page starts at the top, or at its `#anchor`;
 * - Back and Forward return to where that page was scrolled;
 * - a change of the query alone (the timeline's filters, the results page as you type) stays put;
 * - focus moves to the new page's `<h1>` (or `<main>`), so keyboard and screen-reader users start at the new
 *   content and hear its name.
 * React Router's `ScrollRestoration` does the scrolling part but not the focus, and it scrolls to the top on
 * every push unless the navigation says `preventScrollReset`, which every query-only change would then have to
 * (docs/decisions/0009, 0018). On a reload the browser restores the position itself.
 */
export function useRouteLanding(): void {
  const location = useLocation();
  const type = useNavigationType();

  useLayoutEffect(() => {
    const save = () => {
      if (landed && !traversing) positions.set(landed.key, window.scrollY);
    };
    // On Back and Forward the browser scrolls too, before the next page has landed: that isn't where the
    // page being left was.
    const traverse = () => (traversing = true);
    window.addEventListener('scroll', save, { passive: true });
    window.addEventListener('popstate', traverse);
    return () => {
      window.removeEventListener('scroll', save);
      window.removeEventListener('popstate', traverse);
    };
  }, []);

  useLayoutEffect(() => {
    traversing = false;
    const before = landed;
    landed = location;
    if (!before || before.key === location.key || before.pathname === location.pathname) return;
    let anchor: HTMLElement | null = null;
    try {
      anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch {
      // A malformed anchor (`#%E0%A4%A`) lands at the top.
    }
    // Instant, as after a load. The site never sets `scroll-behavior: smooth`: with it, the browser's own
    // restoration on Back glides while the page being left is still shown, and ends past where this puts it.
    if (type === 'POP') window.scrollTo(0, positions.get(location.key) ?? 0);
    else if (anchor) anchor.scrollIntoView();
    else window.scrollTo(0, 0);
    const main = document.getElementById('main');
    const heading = main?.querySelector('h1');
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    (heading ?? main)?.focus({ preventScroll: true });
  }, [location, type]);
}
