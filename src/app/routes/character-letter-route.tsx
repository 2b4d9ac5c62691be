import type { QueryClient } from '@tanstack/react-query';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { CharacterLetter } from '@/features/characters/character-list.tsx';
import { characterLetterQuery } from '@/features/characters/character-queries.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { isLetter, letterLabel } from '@/lib/name-letters.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const letter = params.letter ?? '';
    if (!isLetter(letter) || !(await queryClient.query(characterLetterQuery(letter)))) throw data(null, { status: 404 });
    return null;
  };

export function Component() {
  const letter = useParams().letter ?? '';
  const title = `Characters: ${letterLabel(letter)}`;
  return (
    <>
      <PageHead
        title={title}
        description={`The Heartstopper characters whose names start with ${letterLabel(letter)}, and who plays them, spoiler-free.`}
        path={paths.characterLetter(letter)}
      />
      <h1>{title}</h1>
      <CharacterLetter letter={letter} />
      <p>
        <Link to={paths.characters()}>All the characters</Link>, by group, and <Link to={paths.castList()}>the cast and crew</Link>.
      </p>
      <ImproveThisPage entry={{ collection: 'characters' }} />
    </>
  );
}
