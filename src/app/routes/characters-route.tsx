import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CharacterList } from '@/features/characters/character-list.tsx';
import { characterIndexQuery } from '@/features/characters/character-queries.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.query(characterIndexQuery());
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Characters"
        description="Every character in Heartstopper Season 2 and who plays them, spoiler-free."
        path={paths.characters()}
      />
      <h1>Characters</h1>
      <CharacterList />
      <p>
        <Link to={paths.castList()}>The cast and crew</Link>, with a page for each actor and for the people who made the show.
      </p>
      <ImproveThisPage entry={{ collection: 'characters' }} />
    </>
  );
}
