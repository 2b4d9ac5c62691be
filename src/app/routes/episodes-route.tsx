import { EpisodeList } from '@/features/episodes/episode-list.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';

// The episodes are every page's (the spoiler control is made of them): the root loader has them already.
export function Component() {
  return (
    <>
      <PageHead
        title="Episodes"
        description="Every episode of Heartstopper Seasons 1 and 2, with its running time, credits, story and music, spoiler-free until you ask."
        path={paths.episodes()}
      />
      <h1>Episodes</h1>
      <EpisodeList />
      <ImproveThisPage entry={{ collection: 'episodes' }} />
    </>
  );
}
