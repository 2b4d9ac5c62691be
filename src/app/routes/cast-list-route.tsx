import type { QueryClient } from '@tanstack/react-query';
import { CastList } from '@/features/cast/cast-list.tsx';
import { castListQuery } from '@/features/cast/cast-queries.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.query(castListQuery());
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Cast and crew"
        description="Who plays whom in Heartstopper, and who made it: writer, director, producers, camera, editors and music, each with a sourced page."
        path={paths.castList()}
        image={{ path: paths.ogImage(paths.castList()), alt: `Cast and crew, on the ${SITE_NAME}` }}
      />
      <h1>Cast and crew</h1>
      <CastList />
      <ImproveThisPage entry={{ collection: 'people' }} />
    </>
  );
}
