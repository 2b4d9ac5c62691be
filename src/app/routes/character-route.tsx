import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { CharacterArticle, useCharacterView } from '@/features/characters/character-article.tsx';
import { characterQuery } from '@/features/characters/character-queries.ts';
import { useSpoilerSettings } from '@/features/spoilers/use-spoiler-settings.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { queryClient } from '../query-client.ts';

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await queryClient.query(characterQuery(params.slug ?? ''));
  if (!page) throw data(null, { status: 404 });
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  const view = useCharacterView(slug, useSpoilerSettings());
  if (!view) return null;
  const { character } = view;
  return (
    <>
      <PageHead title={character.name} description={character.tagline} path={paths.character(character.id)} type="profile" />
      <CharacterArticle view={view} />
    </>
  );
}
