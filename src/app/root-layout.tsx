import { isRouteErrorResponse, Link, NavLink, Outlet, useRouteError } from 'react-router';
import { FirstVisitPrompt, SpoilerControls } from '@/features/spoilers/spoiler-controls.tsx';
import { levelOptionsQuery } from '@/features/spoilers/spoiler-queries.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { NotFound } from './not-found.tsx';
import { queryClient } from './query-client.ts';
import styles from './root-layout.module.css';

const NAV = [
  { to: paths.characters(), label: 'Characters' },
  { to: paths.timeline(), label: 'Timeline' },
  { to: paths.search(), label: 'Search' },
  { to: paths.sources(), label: 'Sources' },
  { to: paths.about(), label: 'About' },
];

function Shell({ children }: { children: React.ReactNode }) {
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
            <NavLink key={item.to} to={item.to}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <SpoilerControls />
      </header>
      <FirstVisitPrompt />
      <main id="main" className={styles.main}>
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
  await queryClient.query(levelOptionsQuery());
  return null;
}

export function RootLayout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function RootErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Shell>
        <NotFound />
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
