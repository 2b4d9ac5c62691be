import { Link } from 'react-router';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

export function NotFound() {
  return (
    <>
      <PageHead title="Page not found" description="There is no page at this address on the wiki." />
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul>
        <li>
          <Link to={paths.characters()}>Browse all characters</Link>
        </li>
        <li>
          <Link to={paths.timeline()}>See the Season 2 timeline</Link>
        </li>
        <li>
          <Link to={paths.search()}>Search the wiki</Link>
        </li>
      </ul>
    </>
  );
}
