import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { LetterLinks } from '@/lib/letter-links.tsx';
import { paths } from '@/lib/paths.ts';
import { castLetterQuery, castListQuery } from './cast-queries.ts';
import { rolesOf, type CastListDocument } from './cast-view.ts';
import styles from './cast-list.module.css';

function CastSections({ document }: { document: CastListDocument }) {
  return (
    <>
      {document.cast.length > 0 ? (
        <section aria-labelledby="cast">
          <h2 id="cast">Cast</h2>
          <ul className={styles.list}>
            {document.cast.map((p) => (
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
      ) : null}
      {document.crew.length > 0 ? (
        <section aria-labelledby="crew">
          <h2 id="crew">Crew</h2>
          <ul className={styles.list}>
            {document.crew.map((p) => (
              <li key={p.id}>
                <Link to={paths.cast(p.id)} className={styles.name}>
                  {p.name}
                </Link>{' '}
                <span className={styles.what}>{rolesOf(p.roles)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * `/cast/`: the actors with whom they play, then the crew with what they do, each a link to their page. When
 * they are too many for one page, it links a page per letter instead.
 */
export function CastList() {
  const { data } = useSuspenseQuery(castListQuery());
  return (
    <>
      <LetterLinks label="Cast and crew by name" letters={data.letters} href={paths.castLetter} />
      <CastSections document={data} />
    </>
  );
}

/** `/cast/by-name/a/`: the cast and crew whose names start with the letter, with the other letters. */
export function CastLetter({ letter }: { letter: string }) {
  const { data } = useSuspenseQuery(castLetterQuery(letter));
  if (!data) return null;
  return (
    <>
      <LetterLinks label="Cast and crew by name" letters={data.letters} href={paths.castLetter} current={letter} />
      <CastSections document={data} />
    </>
  );
}
