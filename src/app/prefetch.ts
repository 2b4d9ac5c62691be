import { matchRoutes, type RouteObject } from 'react-router';

type RouteModule = { loader?: (args: { params: object; request: Request }) => unknown };

let inView: IntersectionObserver | undefined;

/**
 * Navigation stays instant: when a link is hovered, focused or touched, load its route's code and run its
 * loader, which puts the page's document in the query cache. Clicking then renders from the cache. Failures
 * are forgotten here; the navigation itself will show them.
 *
 * A link in the page's content that comes into view gets its page's documents too, if that page's code is
 * already here (a character's, docs/decisions/0010): on a phone a tap gives no head start, and a tap on a
 * character should not wait for the network. Code still waits for the viewer's intent, and nothing is fetched
 * ahead when the viewer has asked to save data.
 */
export function prefetchOnIntent(routes: RouteObject[]): void {
  const started = new Set<string>();
  const prefetch = (target: EventTarget | null, ahead?: boolean) => {
    const link = target instanceof Element ? target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    const url = new URL(link.href);
    if (started.has(url.pathname)) return;
    // The page's own route: a lazy one brings its loader in its module; one in the entry (a character's) has it.
    const page = matchRoutes(routes, url.pathname)?.at(-1);
    if (!page || (ahead && page.route.lazy)) return;
    started.add(url.pathname);
    const { route, params } = page;
    Promise.resolve(typeof route.lazy === 'function' ? route.lazy() : route)
      .then((module) => (module as RouteModule).loader?.({ params, request: new Request(url) }))
      .catch(() => started.delete(url.pathname));
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    document.addEventListener(type, (event) => prefetch(event.target), { passive: true });
  }
  if (!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData) {
    inView = new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && prefetch(e.target, true)));
  }
}

/** Watches the links in the page's content (and no longer the last page's), to fetch ahead what a tap needs (above). */
export function prefetchLinksInView(): void {
  inView?.disconnect();
  document.querySelectorAll('main a[href]').forEach((link) => inView?.observe(link));
}
