import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { CharacterPageContent } from '@/features/characters/character-article.tsx';
import { characterQuery } from '@/features/characters/character-queries.ts';
import { useSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import { documents } from '@/lib/dataset.ts';
import { storedSpoilersLoaded } from '../prefetch-spoilers.ts';
import { queryClient } from '../query-client.ts';

export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const page = await queryClient.query(characterQuery(slug));
  if (!page) throw data(null, { status: 404 });
  await storedSpoilersLoaded(documents.character(slug), page);
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  return <CharacterPageContent key={slug} slug={slug} settings={useSpoilerSettings()} />;
}
