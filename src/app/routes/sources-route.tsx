import type { QueryClient } from '@tanstack/react-query';
import { SourceList } from '@/features/sources/source-list.tsx';
import { sourceListQuery } from '@/features/sources/source-queries.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export const loader = (queryClient: QueryClient) => async () => {
  await storedSpoilersLoaded(queryClient, documents.sources, await queryClient.query(sourceListQuery()));
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Sources"
        description="The articles and coverage every fact on the wiki cites, newest first."
        path={paths.sources()}
      />
      <h1>Sources</h1>
      <p>Every fact on this wiki cites at least one of these. Where two disagree, the page says so.</p>
      <SourceList settings={useSpoilerSettings()} />
      <ImproveThisPage entry={{ collection: 'sources' }} />
    </>
  );
}
