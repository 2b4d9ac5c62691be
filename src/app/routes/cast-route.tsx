import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { CastPage } from '@/features/cast/cast-page.tsx';
import { castCredit, castDescription } from '@/features/cast/cast-view.ts';
import { castQuery } from '@/features/cast/cast-queries.ts';
import { useSpoilerSettings } from '@/lib/use-spoiler-settings.ts';
import { documents } from '@/lib/dataset.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const person = params.person ?? '';
    const page = await queryClient.query(castQuery(person));
    if (!page) throw data(null, { status: 404 });
    await storedSpoilersLoaded(queryClient, documents.cast(person), page);
    return null;
  };

export function Component() {
  const person = useParams().person ?? '';
  const settings = useSpoilerSettings();
  const { data: document } = useSuspenseQuery(castQuery(person));
  if (!document) return null;
  return (
    <>
      {/* From the public document, so the title, description and preview never carry a spoiler. */}
      <PageHead
        title={document.person.name}
        description={castDescription(document)}
        path={paths.cast(person)}
        type="profile"
        // Preview tags are the prerender's alone (see PageHead): the browser bundle needn't build them.
        image={
          import.meta.env.SSR
            ? { path: paths.ogImage(paths.cast(person)), alt: `${document.person.name}: ${castCredit(document)}, on the ${SITE_NAME}` }
            : undefined
        }
      />
      <CastPage key={person} document={document} settings={settings} />
      <ImproveThisPage entry={document.dataEntry} />
    </>
  );
}
