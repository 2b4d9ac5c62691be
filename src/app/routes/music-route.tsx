import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { MusicPage } from '@/features/music/music-page.tsx';
import { musicQuery } from '@/features/music/music-queries.ts';
import { documents } from '@/lib/dataset.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export const loader = (queryClient: QueryClient) => async () => {
  const page = await queryClient.query(musicQuery());
  await storedSpoilersLoaded(queryClient, documents.music, page);
  return null;
};

export function Component() {
  const settings = useSpoilerSettings();
  const { data: document } = useSuspenseQuery(musicQuery());
  return (
    <>
      <PageHead
        title="Music"
        description="Heartstopper's soundtrack: who scored the show and chose its songs, and the songs of each episode, shown as you watch."
        path={paths.music()}
        image={{ path: paths.ogImage(paths.music()), alt: `Music: the soundtrack by episode, on the ${SITE_NAME}` }}
      />
      <MusicPage document={document} settings={settings} />
      <ImproveThisPage entry={{ collection: 'episodes' }} />
    </>
  );
}
