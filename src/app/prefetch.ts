import { matchRoutes, type RouteObject } from 'react-router';

type RouteModule = { loader?: (args: { params: object; request: Request }) => unknown };

/**
 * Navigation stays instant: when a link is hovered, focused or touched, load its route's code and run its
 * loader, which puts the page's document in the query cache. Clicking then renders from the cache. Failures
 * are forgotten here; the navigation itself will show them.
 */
export function prefetchOnIntent(routes: RouteObject[]): void {
  const started = new Set<string>();
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    const url = new URL(link.href);
    if (started.has(url.pathname)) return;
    started.add(url.pathname);
    // The page's own route: a lazy one brings its loader in its module; one in the entry (a character's) has it.
    const page = matchRoutes(routes, url.pathname)?.at(-1);
    if (!page) return;
    const { route, params } = page;
    Promise.resolve(typeof route.lazy === 'function' ? route.lazy() : route)
      .then((module) => (module as RouteModule).loader?.({ params, request: new Request(url) }))
      .catch(() => started.delete(url.pathname));
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    document.addEventListener(type, onIntent, { passive: true });
  }
}
