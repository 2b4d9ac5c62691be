import type { QueryClient } from '@tanstack/react-query';
import { seasonOverviewQuery } from '@/features/home/home-queries.ts';
import { HomeWelcome } from '@/features/home/home-welcome.tsx';
import { SeasonAtAGlance } from '@/features/home/season-at-a-glance.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';

export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.query(seasonOverviewQuery());
  return null;
};

export function Component() {
  return (
    <>
      <PageHead
        title="Season 2 at a glance"
        description="A spoiler-safe fan wiki for Heartstopper Season 2: characters, cast, a sourced timeline and quotes."
        path={paths.home()}
        image={{ path: paths.ogImage(paths.home()), alt: `Heartstopper Season 2 at a glance: characters, cast and a sourced timeline, on the ${SITE_NAME}` }}
      />
      <HomeWelcome />
      <SeasonAtAGlance />
      <ImproveThisPage />
    </>
  );
}
