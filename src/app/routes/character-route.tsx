import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { CharacterPage } from '@/features/characters/character-page.tsx';
import { characterQuery } from '@/features/characters/character-queries.ts';
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
    const slug = params.slug ?? '';
    const page = await queryClient.query(characterQuery(slug));
    if (!page) throw data(null, { status: 404 });
    await storedSpoilersLoaded(queryClient, documents.character(slug), page);
    return null;
  };

/**
 * The overview's first sentence, for the meta description: up to the first full stop, question or exclamation
 * mark before a space (the data writes "Mr Farouk", not "Mr. Farouk").
 */
const firstSentence = (text: string) => /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export function Component() {
  const slug = useParams().slug ?? '';
  const settings = useSpoilerSettings();
  const { data: document } = useSuspenseQuery(characterQuery(slug));
  if (!document) return null;
  const { character, actors } = document;
  return (
    <>
      {/* From the public document, so the title, description and preview never carry a spoiler. */}
      <PageHead
        title={character.name}
        description={firstSentence(character.summary.text)}
        path={paths.character(slug)}
        type="profile"
        // Preview tags are the prerender's alone (see PageHead): the browser bundle needn't build them.
        image={
          import.meta.env.SSR
            ? {
                path: paths.ogImage(paths.character(slug)),
                alt: `${character.name}, played by ${actors.map((a) => a.name).join(' and ')}, on the ${SITE_NAME}`,
              }
            : undefined
        }
      />
      <CharacterPage key={slug} slug={slug} document={document} settings={settings} />
      <ImproveThisPage entry={document.dataEntry} />
    </>
  );
}
