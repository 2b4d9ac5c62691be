import type { QueryClient } from '@tanstack/react-query';
import { openLevelControl } from '@/features/spoilers/level-control-events.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { TimelineList } from '@/features/timeline/timeline-list.tsx';
import { timelineQuery } from '@/features/timeline/timeline-queries.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export { skipOnQueryChange as shouldRevalidate } from '../revalidate.ts';

export const loader = (queryClient: QueryClient) => async () => {
  await storedSpoilersLoaded(queryClient, documents.timeline, await queryClient.query(timelineQuery()));
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Timeline"
        description="From the 2016 webcomic to Season 2 and beyond: the news and the story, in order, with sources."
        path={paths.timeline()}
        image={{ path: paths.ogImage(paths.timeline()), alt: `Timeline: the news and the story, in order, with sources, on the ${SITE_NAME}` }}
      />
      <h1>Timeline</h1>
      <TimelineList settings={useSpoilerSettings()} onChangeLevel={openLevelControl} />
      <ImproveThisPage entry={{ collection: 'events' }} />
    </>
  );
}
