import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { paths } from '@/lib/paths.ts';
import { castListQuery } from './cast-queries.ts';
import { rolesOf } from './cast-view.ts';
import styles from './cast-list.module.css';

/** `/cast/`: the actors with whom they play, then the crew with what they do, each a link to their page. */
export function CastList() {
  const { data } = useSuspenseQuery(castListQuery());
  return (
    <>
      <section aria-labelledby="cast">
        <h2 id="cast">Cast</h2>
        <ul className={styles.list}>
          {data.cast.map((p) => (
            <li key={p.id}>
              <Link to={paths.cast(p.id)} className={styles.name}>
                {p.name}
              </Link>{' '}
              {p.characters.length > 0 ? (
                <span className={styles.what}>
                  {p.species ? `A ${p.species}, as ` : 'as '}
                  <CharacterLinks characters={p.characters} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="crew">
        <h2 id="crew">Crew</h2>
        <ul className={styles.list}>
          {data.crew.map((p) => (
            <li key={p.id}>
              <Link to={paths.cast(p.id)} className={styles.name}>
                {p.name}
              </Link>{' '}
              <span className={styles.what}>{rolesOf(p.roles)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
