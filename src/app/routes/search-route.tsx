import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetchSearchCorpus } from '@/features/search/prefetch-search-corpus.ts';
import { parseSearchParams, SearchPage } from '@/features/search/search-page.tsx';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

/**
 * A link with a query (`/search/?q=nick`) starts fetching the index as the page's code arrives, not once the
 * page has hydrated and asked: the results are what the reader came for. Not awaited, so nothing waits on it;
 * a page without a query fetches nothing until the field is used.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    if (typeof window !== 'undefined' && parseSearchParams(new URL(request.url).searchParams).query.trim() !== '') {
      void prefetchSearchCorpus(queryClient);
    }
    return null;
  };

// Typing changes the query string alone: the page derives its results from it, and the index is on its way.
export { skipOnQueryChange as shouldRevalidate } from '../revalidate.ts';

export function Component() {
  return (
    <>
      <PageHead title="Search" description="Search the Heartstopper Season 2 wiki without spoilers." path={paths.search()} />
      <h1>Search</h1>
      <SearchPage settings={useSpoilerSettings()} />
    </>
  );
}
