import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { letterLabel } from '@/lib/name-letters.ts';
import { paths } from '@/lib/paths.ts';
import { castLetterQuery, castListQuery } from './cast-queries.ts';
import { rolesOf, type CastListDocument } from './cast-view.ts';
import styles from './cast-list.module.css';

/** The A–Z pages of the cast and crew, when they are too many for one page. */
function CastLetters({ letters, current }: { letters: string[]; current?: string | undefined }) {
  if (letters.length === 0) return null;
  return (
    <nav aria-label="Cast and crew by name" className={styles.letters}>
      <ul>
        {letters.map((l) => (
          <li key={l}>
            <Link to={paths.castLetter(l)} aria-current={l === current ? 'page' : undefined}>
              {letterLabel(l)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

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
      <CastLetters letters={data.letters} />
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
      <CastLetters letters={data.letters} current={letter} />
      <CastSections document={data} />
    </>
  );
}
