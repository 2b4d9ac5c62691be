import type { QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { CastLetter } from '@/features/cast/cast-list.tsx';
import { castLetterQuery } from '@/features/cast/cast-queries.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { isLetter, letterLabel } from '@/lib/name-letters.ts';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const letter = params.letter ?? '';
    if (!isLetter(letter) || !(await queryClient.query(castLetterQuery(letter)))) throw data(null, { status: 404 });
    return null;
  };

export function Component() {
  const letter = useParams().letter ?? '';
  const label = letterLabel(letter);
  const title = `Cast and crew: ${label}`;
  return (
    <>
      <PageHead
        title={title}
        description={`Everyone in Heartstopper’s cast and crew whose name starts with ${label}: whom they play or what they do, each with a sourced page.`}
        path={paths.castLetter(letter)}
        image={{ path: paths.ogImage(paths.castList()), alt: `Cast and crew, on the ${SITE_NAME}` }}
      />
      <h1>{title}</h1>
      <CastLetter letter={letter} />
      <ImproveThisPage entry={{ collection: 'people' }} />
    </>
  );
}
