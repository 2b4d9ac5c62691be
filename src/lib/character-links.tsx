import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from './paths.ts';

type Named = { id: string; name: string };

/** "A", "A and B", "A, B and C": each name a link to its page (`to` makes the address from the id). */
export function NameLinks({ items, to }: { items: readonly Named[]; to: (id: string) => string }) {
  return items.map((item, i) => (
    <Fragment key={item.id}>
      {i === 0 ? null : i === items.length - 1 ? ' and ' : ', '}
      <Link to={to(item.id)}>{item.name}</Link>
    </Fragment>
  ));
}

/** "Nick Nelson", "Tao Xu and Elle Argent", "Nick, Charlie and Tao": each a link to the character's page. */
export function CharacterLinks({ characters }: { characters: readonly Named[] }) {
  return <NameLinks items={characters} to={paths.character} />;
}
