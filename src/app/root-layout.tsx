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
import { NotFound } from './not-found.tsx';
import { queryClient } from './query-client.ts';
import styles from './root-layout.module.css';
import { useRouteLanding } from './use-route-landing.ts';
import { useSettled } from './use-settled.ts';

const NAV = [
  { to: paths.characters(), label: 'Characters' },
  { to: paths.timeline(), label: 'Timeline' },
  { to: paths.sources(), label: 'Sources' },
  { to: paths.about(), label: 'About' },
];

/**
 * Close names for an unknown character, from the search engine: it loads in search's chunk, only on this page.
 */
const NearMatches = lazy(() => import('@/features/search/near-matches.tsx').then((m) => ({ default: m.NearMatches })));

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

/** A 404 from the character route's loader: the root loader ran, so the spoiler setting can be read. */
function CharacterNotFound({ slug }: { slug: string }) {
  return (
    <NotFound character>
      <Suspense fallback={null}>
        <NearMatches slug={slug} settings={useSpoilerSettings()} />
      </Suspense>
    </NotFound>
  );
}

export function RootErrorBoundary() {
  const error = useRouteError();
  const { slug } = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) {
    // Only the character route's pattern has a `:slug`, so a slug here is a character's; an unknown person
    // (`/cast/:person/`) gets the plain not-found page.
    return (
      <Shell lost>
        {slug === undefined ? <NotFound /> : <CharacterNotFound slug={slug} />}
      </Shell>
    );
  }
  if (isDataUnavailable(error)) {
    return (
      <Shell>
        <DataUnavailable outdated={error.reason === 'outdated'} />
      </Shell>
    );
  }
  return (
    <Shell>
      <PageHead title="Something went wrong" description="This page could not be shown." />
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Try reloading, or go back to the <Link to={paths.home()}>home page</Link>.</p>
    </Shell>
  );
}
