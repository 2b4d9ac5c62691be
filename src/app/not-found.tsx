import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';

type Props = {
  /** The address named a character the wiki doesn't have (`/characters/nikc-nelson/`). */
  character?: boolean;
  /** Close matches, when there are any to offer. */
  children?: ReactNode;
};

export function NotFound({ character = false, children }: Props) {
  return (
    <>
      <PageHead title="Page not found" description="There is no page at this address on the wiki." />
      <h1>{character ? 'No such character' : 'Page not found'}</h1>
      <p>
        {character ? 'The wiki has no character at this address.' : 'There is no page at this address.'} It may
        have moved, or the link may have a typo.
      </p>
      {children}
      <ul>
        <li>
          <Link to={paths.characters()}>Browse all characters</Link>
        </li>
        <li>
          <Link to={paths.episodes()}>Every episode</Link>
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
