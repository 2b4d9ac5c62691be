import type { QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { openLevelControl } from '@/features/spoilers/level-control-events.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { TimelineList } from '@/features/timeline/timeline-list.tsx';
import { timelineIndexQuery, timelineOverviewQuery, timelinePageQuery, viewContentLoaded } from '@/features/timeline/timeline-queries.ts';
import { pageOfParam } from '@/features/timeline/timeline-view.ts';
import { fragmentId } from '@/features/timeline/use-linked-row.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { LATEST, partOf, yearOf } from '@/lib/timeline-pages.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export { skipOnQueryChange as shouldRevalidate } from '../revalidate.ts';

/**
 * The page's own events and the public counts (embedded in the prerendered page); in the browser, the whole
 * timeline's index too, with the viewer's spoilers and the first events of a linked view, so the page the app
 * first draws is settled. The index is never prerendered: it would make every timeline page as big as the wiki.
 */
export const loader = (queryClient: QueryClient) => async ({ params, request }: LoaderFunctionArgs) => {
  const page = pageOfParam(params.year, params.part);
  const [document, overview] = await Promise.all([
    page === null ? null : queryClient.query(timelinePageQuery(page)),
    queryClient.query(timelineOverviewQuery()),
  ]);
  if (page === null || document === null) throw data(null, { status: 404 });
  if (typeof window === 'undefined') return null;
  try {
    // The index's gated lists are the overview's, so the viewer's part needn't wait for the index.
    const [index] = await Promise.all([
      queryClient.query(timelineIndexQuery()),
      storedSpoilersLoaded(queryClient, documents.timeline, { moreLater: overview.gatedLists }),
    ]);
    // A loader's request has no fragment; a link opened from outside the app has it in the address.
    await viewContentLoaded(queryClient, index, { name: page, document }, new URL(request.url).searchParams, fragmentId(window.location.hash));
  } catch {
    // The page's own events are here; the list says what it couldn't fetch, with a retry.
  }
  return null;
};

export function Component() {
  const params = useParams();
  const page = pageOfParam(params.year, params.part) ?? LATEST;
  const year = page === LATEST ? null : yearOf(page);
  const title = year ? `Timeline: ${year}${partOf(page) > 1 ? `, page ${partOf(page)}` : ''}` : 'Timeline';
  return (
    <>
      <PageHead
        title={title}
        description={
          year
            ? `What happened in ${year}, from the comic to the show: the news, in order, with sources.`
            : 'From the 2016 webcomic to Season 2 and beyond: the news and the story, in order, with sources.'
        }
        path={paths.timelinePage(page)}
        // One preview image for every timeline page: a year's would only repeat its title.
        image={{ path: paths.ogImage(paths.timeline()), alt: `Timeline: the news and the story, in order, with sources, on the ${SITE_NAME}` }}
      />
      <h1>{title}</h1>
      <TimelineList page={page} settings={useSpoilerSettings()} onChangeLevel={openLevelControl} />
      <ImproveThisPage entry={{ collection: 'events' }} />
    </>
  );
}
