import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetchSearchAnswer } from '@/features/search/prefetch-search-answer.ts';
import { parseSearchParams, resultsRequest, SearchPage } from '@/features/search/search-page.tsx';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

/**
 * The page fetches the index's head with its HTML (`preload`): a reader opens it to search, and a link with a
 * query needs it first of all. A link with a query (`/search/?q=nick`) also fetches what its first results need
 * as the page's code arrives, not once the page has hydrated and asked: the results are what the reader came
 * for. Not awaited, so nothing waits on it; a page without a query fetches no more of the index until the
 * field is used.
 */
export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const { query, kinds } = parseSearchParams(new URL(request.url).searchParams);
    if (typeof window !== 'undefined' && query.trim() !== '') void prefetchSearchAnswer(queryClient, query, resultsRequest(kinds));
    return null;
  };

// Typing changes the query string alone: the page derives its results from it, and the index is on its way.
export { skipOnQueryChange as shouldRevalidate } from '../revalidate.ts';

export function Component() {
  return (
    <>
      <PageHead title="Search" description="Search the Heartstopper Season 2 wiki without spoilers." path={paths.search()} preload={[documents.search]} />
      <h1>Search</h1>
      <SearchPage settings={useSpoilerSettings()} />
    </>
  );
}
