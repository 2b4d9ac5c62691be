import { openLevelControl } from '@/features/spoilers/level-control-events.ts';
import { useSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import { TimelineList } from '@/features/timeline/timeline-list.tsx';
import { timelineQuery } from '@/features/timeline/timeline-queries.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';
import { queryClient } from '../query-client.ts';

export { skipOnQueryChange as shouldRevalidate } from '../revalidate.ts';

export async function loader() {
  await storedSpoilersLoaded(documents.timeline, await queryClient.query(timelineQuery()));
  return null;
}

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
    </>
  );
}
