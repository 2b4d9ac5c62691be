import type { QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { SourceList, SourceYears } from '@/features/sources/source-list.tsx';
import { sourceIndexQuery, sourcePageQuery } from '@/features/sources/source-queries.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

/** `/sources/2023/` and `/sources/2023/2/`; `null` for anything else (`/sources/2023/1/`, `/sources/next/`). */
function pageOf(params: { year?: string | undefined; part?: string | undefined }) {
  const year = params.year ?? '';
  const part = params.part === undefined ? 1 : /^[1-9]\d{0,3}$/.test(params.part) ? Number(params.part) : 0;
  return /^\d{4}$/.test(year) && (part > 1 || (part === 1 && params.part === undefined)) ? { year, part } : null;
}

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const page = pageOf(params);
    const [document] = await Promise.all([page && queryClient.query(sourcePageQuery(page.year, page.part)), queryClient.query(sourceIndexQuery())]);
    // A year without a page (one only spoilers cite, say) still answers a link to one of its sources
    // (`paths.source` goes by the year): the page finds where it is listed. On a static host it is a 404 all the same.
    if (!page || (!document && page.part > 1)) throw data(null, { status: 404 });
    await storedSpoilersLoaded(queryClient, documents.sourcePage(page.year, page.part), document);
    return null;
  };

export function Component() {
  const page = pageOf(useParams());
  const settings = useSpoilerSettings();
  if (!page) return null;
  const { year, part } = page;
  const title = part > 1 ? `Sources from ${year}, page ${part}` : `Sources from ${year}`;
  return (
    <>
      <PageHead
        title={title}
        description={`The articles and coverage published in ${year} that facts on the wiki cite, newest first.`}
        path={paths.sourcePage(year, part)}
      />
      <h1>{title}</h1>
      <SourceYears current={page} />
      <SourceList key={`${year}/${part}`} page={page} settings={settings} />
      <ImproveThisPage entry={{ collection: 'sources' }} />
    </>
  );
}
