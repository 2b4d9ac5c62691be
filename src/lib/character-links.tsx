import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from './paths.ts';

/** "Nick Nelson", "Tao Xu and Elle Argent", "Nick, Charlie and Tao": each a link to the character's page. */
export function CharacterLinks({ characters }: { characters: readonly { id: string; name: string }[] }) {
  return characters.map((c, i) => (
    <Fragment key={c.id}>
      {i === 0 ? null : i === characters.length - 1 ? ' and ' : ', '}
      <Link to={paths.character(c.id)}>{c.name}</Link>
    </Fragment>
  ));
}
