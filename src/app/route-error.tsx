import { Suspense } from 'react';
import { Link } from 'react-router';
import { NearMatches } from '@/features/search/near-matches.tsx';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { NotFound } from './not-found.tsx';

/**
 * A 404 from the character route's loader: the root loader ran, so the spoiler setting can be read. Close names
 * come from the search engine, which loads with this chunk: a static import, as this chunk is itself loaded on
 * demand.
 */
function CharacterNotFound({ slug }: { slug: string }) {
  return (
    <NotFound character>
      <Suspense fallback={null}>
        <NearMatches slug={slug} settings={useSpoilerSettings()} />
      </Suspense>
    </NotFound>
  );
}

/**
 * What a failed page says, inside the wiki's header and footer (RootErrorBoundary): not found, with close names
 * for an unknown character, or that something went wrong.
 */
export function RouteErrorContent({ notFound, slug }: { notFound: boolean; slug: string | undefined }) {
  // Only the character route's pattern has a `:slug`, so a slug here is a character's; an unknown person
  // (`/cast/:person/`) gets the plain not-found page.
  if (notFound) return slug === undefined ? <NotFound /> : <CharacterNotFound slug={slug} />;
  return (
    <>
      <PageHead title="Something went wrong" description="This page could not be shown." />
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. Try reloading, or go back to the <Link to={paths.home()}>home page</Link>.
      </p>
    </>
  );
}
