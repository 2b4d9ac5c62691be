import { SearchPage } from '@/features/search/search-page.tsx';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

export function Component() {
  return (
    <>
      <PageHead title="Search" description="Search the Heartstopper Season 2 wiki without spoilers." path={paths.search()} />
      <h1>Search</h1>
      <SearchPage settings={useSpoilerSettings()} />
    </>
  );
}
