import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, Link, Outlet, useLocation, useNavigate, useParams, useRouteError } from 'react-router';
import { HeaderSearch } from '@/features/search/header-search.tsx';
import { FirstVisitSheet } from '@/features/spoilers/first-visit-sheet.tsx';
import { SpoilerControls } from '@/features/spoilers/spoiler-controls.tsx';
import { useSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import { isDataUnavailable } from '@/lib/dataset.ts';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { queryClient } from './query-client.ts';
import type * as RouteErrorModule from './route-error.tsx';
import styles from './root-layout.module.css';
import { useRouteLanding } from './use-route-landing.ts';
import { useSettled } from './use-settled.ts';

const NAV = [
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

/** `lost`: on a not-found page, no section of the wiki is the current one. */
function Shell({ children, lost = false }: { children: React.ReactNode; lost?: boolean }) {
  useSettled();
  useRouteLanding();
  // A section's pages all live under its path, so the section is current on any of them. (React Router's
  // NavLink does this too, at 500 B of JavaScript on every page.)
  const { pathname } = useLocation();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Link to={paths.home()} className={styles.brand}>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} aria-current={!lost && pathname.startsWith(item.to) ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <HeaderSearch settings={useSpoilerSettings()} />
        <SpoilerControls />
      </header>
      <FirstVisitSheet />
      {/* Focusable, so the skip link and a closing first-visit sheet can send focus here. */}
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>
          A fan-made wiki, not affiliated with Netflix or See-Saw Films. Every fact cites a{' '}
          <Link to={paths.sources()}>source</Link>.
        </p>
      </footer>
    </div>
  );
}

/** The header's spoiler picker lists the episodes on every page. */
export async function rootLoader() {
  await queryClient.query(episodesQuery());
  return null;
}

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
