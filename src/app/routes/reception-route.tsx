import type { QueryClient } from '@tanstack/react-query';
import { ReceptionPage } from '@/features/reception/reception-page.tsx';
import { receptionQuery } from '@/features/reception/reception-queries.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.query(receptionQuery());
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Reception"
        description="How critics, audiences and awards received Heartstopper: review scores as they moved, Netflix's viewing figures, reviews and every nomination, each sourced."
        path={paths.reception()}
        image={{ path: paths.ogImage(paths.reception()), alt: `Reception: reviews, scores, audiences and awards, on the ${SITE_NAME}` }}
      />
      <ReceptionPage />
      <ImproveThisPage entry={{ collection: 'reception' }} />
    </>
  );
}
