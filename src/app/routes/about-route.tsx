import { Link } from 'react-router';
import { OfflineCopyControl } from '@/features/offline/offline-copy-control.tsx';
import { ImproveThisPage } from '@/lib/improve-this-page.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

export function Component() {
  return (
    <>
      <PageHead
        title="About"
        description="How this fan wiki handles spoilers and sources."
        path={paths.about()}
      />
      <h1>About this wiki</h1>
      <p>
        A fan wiki for Netflix’s <i>Heartstopper</i>, centred on Season 2. It is made by fans and is not affiliated
        with Netflix, See-Saw Films or Alice Oseman.
      </p>
      <h2>Spoilers</h2>
      <p>
        Everything that happens in an episode is tagged with the episode that reveals it. Pages, link previews and
        search show no spoilers unless you ask for them, and a hidden detail is left out of the page entirely, not
        blurred.
      </p>
      <h2>Sources</h2>
      <p>
        Every fact cites the coverage it comes from, and quotes are copied word for word. Where sources disagree,
        the page says so. See <Link to={paths.sources()}>all sources</Link>.
      </p>
      <h2 id="offline">Reading offline</h2>
      <OfflineCopyControl />
      <ImproveThisPage />
    </>
  );
}
