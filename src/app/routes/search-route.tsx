import { SearchPage } from '@/features/search/search-page.tsx';
import { searchCorpusQuery } from '@/features/search/search-queries.ts';
import { useSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { queryClient } from '../query-client.ts';

export async function loader() {
  await queryClient.query(searchCorpusQuery());
  return null;
}

export function Component() {
  return (
    <>
      <PageHead title="Search" description="Search the Heartstopper Season 2 wiki without spoilers." path={paths.search()} />
      <h1>Search</h1>
      <SearchPage settings={useSpoilerSettings()} />
    </>
  );
}
