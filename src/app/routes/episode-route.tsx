import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { EpisodePage } from '@/features/episodes/episode-page.tsx';
import { episodeQuery } from '@/features/episodes/episode-queries.ts';
import { episodeCode, episodeDescription } from '@/features/episodes/episode-view.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const code = params.code ?? '';
    const page = await queryClient.query(episodeQuery(code));
    if (!page) throw data(null, { status: 404 });
    await storedSpoilersLoaded(queryClient, documents.episode(code), page);
    return null;
  };

export function Component() {
  const code = useParams().code ?? '';
  const settings = useSpoilerSettings();
  const { data: document } = useSuspenseQuery(episodeQuery(code));
  if (!document) return null;
  const { episode } = document;
  const title = `${episode.title} (${episodeCode(episode)})`;
  return (
    <>
      {/* From the public document, so the title, description and preview never carry a spoiler. */}
      <PageHead
        title={title}
        description={episodeDescription(document)}
        path={paths.episode(code)}
        type="video.episode"
        // Preview tags are the prerender's alone (see PageHead): the browser bundle needn't build them.
        image={
          import.meta.env.SSR
            ? { path: paths.ogImage(paths.episode(code)), alt: `Season ${episode.season}, episode ${episode.number}: ${episode.title}, on the ${SITE_NAME}` }
            : undefined
        }
      />
      <EpisodePage key={code} document={document} settings={settings} />
      <ImproveThisPage entry={document.dataEntry} />
    </>
  );
}
