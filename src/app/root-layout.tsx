import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { isRouteErrorResponse, Link, Outlet, useLocation, useNavigate, useParams, useRouteError } from 'react-router';
import { useKeepPagesRead } from '@/features/offline/keep-page.ts';
import { HeaderSearch } from '@/features/search/header-search.tsx';
import { FirstVisitSheet } from '@/features/spoilers/first-visit-sheet.tsx';
import { onOpenLevelControl } from '@/features/spoilers/level-control-events.ts';
import { LevelSummary } from '@/features/spoilers/level-summary.tsx';
import { SpoilerControls } from '@/features/spoilers/spoiler-controls.tsx';
import { LeafIcon } from '@/lib/icons.tsx';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { ThemeToggle } from '@/features/theme/theme-toggle.tsx';
import { isDataUnavailable } from '@/lib/dataset.ts';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME, SITE_NAME_PARTS } from '@/lib/site.ts';
import { prefetchLinksInView } from './prefetch.ts';
import type * as RouteErrorModule from './route-error.tsx';
import styles from './root-layout.module.css';
import { useRouteLanding } from './use-route-landing.ts';
import { useSettled } from './use-settled.ts';

const NAV = [
  { to: paths.episodes(), label: 'Episodes' },
  { to: paths.characters(), label: 'Characters' },
  { to: paths.timeline(), label: 'Timeline' },
  { to: paths.sources(), label: 'Sources' },
  { to: paths.about(), label: 'About' },
];

let routeError: typeof RouteErrorModule | undefined;

/**
 * What a not-found or crashed page says loads only when a page fails, in its own chunk. The prerender and a page
 * that opens on an error load it before rendering (entry-server.tsx, entry-client.tsx), so they show it at once.
 */
export const loadRouteError = () => import('./route-error.tsx').then((m) => (routeError = m));
// Offline, that chunk can't load either: then the page says it couldn't be loaded, with a way to try again.
const LazyRouteError = lazy(() =>
  loadRouteError().then(
    (m) => ({ default: m.RouteErrorContent }),
    () => ({ default: () => <DataUnavailable outdated={false} /> }),
  ),
);

// Pages kept offline are listed only where a page failed, from a chunk of their own: with a worker, precached;
// without one, nothing is kept to list.
const KeptPagesList = lazy(() => import('@/features/offline/kept-pages-list.tsx').then((m) => ({ default: m.KeptPagesList })));

function skipToMain(event: React.MouseEvent) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** `lost`: on a not-found page, no section of the wiki is the current one. */
function Shell({ children, lost = false }: { children: React.ReactNode; lost?: boolean }) {
  useSettled();
  useRouteLanding();
  // A section's pages all live under its path, so the section is current on any of them. (React Router's
  // NavLink does this too, at 500 B of JavaScript on every page.)
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const settings = useSpoilerSettings();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Keyed on the page, not its query: a filter or a search that changes the links is followed by the viewer's
  // intent, if anything.
  useEffect(prefetchLinksInView, [pathname]);
  // A page the app navigates to is kept for offline reading, as a page loaded through the service worker is.
  useKeepPagesRead(pathname);
  // "Some of Season 2…" and the timeline open the "I've watched" control: on a phone it is in the menu.
  useEffect(() => onOpenLevelControl(() => menuButton.current?.offsetParent && menu.current?.showPopover()), []);
  return (
    <div className={styles.shell}>
      {/* Moves focus itself rather than following the fragment, which would add a history entry and a router
          navigation for a move of focus. Without JavaScript the link works as written. */}
      <a href="#main" className={styles.skip} onClick={skipToMain}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Link to={paths.home()} className={styles.brand}>
          <LeafIcon className={styles.leaf} />
          <span>
            {SITE_NAME_PARTS[0]} <span className={styles.brandTail}>{SITE_NAME_PARTS[1]}</span>
          </span>
        </Link>
        <HeaderSearch settings={settings} navigate={navigate} />
        {/*
         * On a phone and a tablet, the navigation and the settings fold into a menu: a native popover, so it
         * opens and closes (Escape, a tap outside) and hands focus back without JavaScript. The button shows
         * the spoiler level, so it is always in sight. On a wide screen it all sits in the row.
         */}
        <button type="button" ref={menuButton} popoverTarget="site-menu" className={`outlined-control ${styles.menuButton}`}>
          <span className="visually-hidden">Menu, spoilers: </span>
          <span className={styles.menuLevel}>
            <LevelSummary />
          </span>
        </button>
        <div
          id="site-menu"
          ref={menu}
          popover="auto"
          className={styles.menu}
          // Following a link in the menu closes it.
          onClick={(e) => (e.target as Element).closest('a') && e.currentTarget.hidePopover?.()}
        >
          <nav aria-label="Main" className={styles.nav}>
            {NAV.map((item) => (
              <Link key={item.to} to={item.to} aria-current={!lost && pathname.startsWith(item.to) ? 'page' : undefined}>
                {item.label}
              </Link>
            ))}
          </nav>
          <SpoilerControls />
          <ThemeToggle />
        </div>
      </header>
      <FirstVisitSheet />
      {/* Focusable, so the skip link and a closing first-visit sheet can send focus here. */}
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>
          {SITE_NAME}: an unofficial fan project, not affiliated with Netflix or See-Saw Films. Every fact cites a
          published source.
        </p>
        <nav aria-label="Footer">
          <Link to={paths.castList()}>Cast and crew</Link>
          <Link to={paths.music()}>Music</Link>
          <Link to={paths.reception()}>Reception and awards</Link>
          <Link to={paths.sources()}>All sources</Link>
          <Link to={paths.about()}>About this wiki</Link>
          <Link to={paths.readingOffline()}>Reading offline</Link>
        </nav>
      </footer>
    </div>
  );
}

/** The header's spoiler picker lists the episodes on every page. */
export const rootLoader = (queryClient: QueryClient) => async () => {
  await queryClient.query(episodesQuery());
  return null;
};

export function RootLayout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

/** A page whose content could not be fetched: offline, or a newer deploy replaced it. Never a blank page. */
function DataUnavailable({ outdated }: { outdated: boolean }) {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  // Navigating to the same address runs the loaders again; the failed request was not cached.
  const retry = () => void navigate({ pathname, search, hash }, { replace: true });
  return (
    <>
      <PageHead title="Page not loaded" description="This page could not be loaded." />
      <h1>This page couldn’t be loaded</h1>
      <p>
        {outdated
          ? 'The wiki has been updated since you opened it. Reload to get the latest version.'
          : 'Its content didn’t arrive. You may be offline: check your connection and try again.'}
      </p>
      <button type="button" onClick={outdated ? () => window.location.reload() : retry}>
        {outdated ? 'Reload' : 'Try again'}
      </button>
      {!outdated && (
        <Suspense fallback={null}>
          <KeptPagesList />
        </Suspense>
      )}
    </>
  );
}

export function RootErrorBoundary() {
  const error = useRouteError();
  const { slug } = useParams();
  if (isDataUnavailable(error)) {
    // Here, not in the error chunk: offline, that chunk couldn't load either.
    return (
      <Shell>
        <DataUnavailable outdated={error.reason === 'outdated'} />
      </Shell>
    );
  }
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const Content = routeError?.RouteErrorContent ?? LazyRouteError;
  return (
    <Shell lost={notFound}>
      <Suspense fallback={null}>
        <Content notFound={notFound} slug={slug} />
      </Suspense>
    </Shell>
  );
}
