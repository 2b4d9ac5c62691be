import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { LetterLinks } from '@/lib/letter-links.tsx';
import { paths } from '@/lib/paths.ts';
import { castLetterQuery, castListQuery } from './cast-queries.ts';
import { rolesOf, type CastListDocument } from './cast-view.ts';
import styles from './cast-list.module.css';

/** One list of people, each a link to their page and, after it, what they are here for; nothing if it is empty. */
function PeopleSection<P extends { id: string; name: string }>({
  id,
  title,
  people,
  detail,
}: {
  id: string;
  title: string;
  people: readonly P[];
  detail: (person: P) => ReactNode;
}) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className={styles.list}>
        {people.map((p) => (
          <li key={p.id}>
            <Link to={paths.cast(p.id)} className={styles.name}>
              {p.name}
            </Link>{' '}
            {detail(p)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CastSections({ document }: { document: CastListDocument }) {
  return (
    <>
      <PeopleSection
        id="cast"
        title="Cast"
        people={document.cast}
        detail={(p) =>
          p.characters.length > 0 ? (
            <span className={styles.what}>
              {p.species ? `A ${p.species}, as ` : 'as '}
              <CharacterLinks characters={p.characters} />
            </span>
          ) : null
        }
      />
      <PeopleSection id="crew" title="Crew" people={document.crew} detail={(p) => <span className={styles.what}>{rolesOf(p.roles)}</span>} />
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
