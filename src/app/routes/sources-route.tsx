import type { QueryClient } from '@tanstack/react-query';
import { SourceIndex } from '@/features/sources/source-list.tsx';
import { sourceIndexQuery } from '@/features/sources/source-queries.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.query(sourceIndexQuery());
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Sources"
        description="The articles and coverage every fact on the wiki cites, by year of publication, newest first."
        path={paths.sources()}
      />
      <h1>Sources</h1>
      <p>Every fact on this wiki cites at least one of these. Where two disagree, the page says so. They are listed by the year they were published, newest first.</p>
      <SourceIndex settings={useSpoilerSettings()} />
      <ImproveThisPage entry={{ collection: 'sources' }} />
    </>
  );
}
