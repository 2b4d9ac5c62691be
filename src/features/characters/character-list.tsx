import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import type { CharacterSummary } from './character-page.ts';
import { characterListQuery } from './character-queries.ts';
import styles from './character-list.module.css';

function CharacterCards({ characters }: { characters: CharacterSummary[] }) {
  return (
    <ul className={styles.grid}>
      {characters.map((c) => (
        <li key={c.id} className={styles.card}>
          <Link to={paths.character(c.id)} className={styles.name}>
            {c.name}
          </Link>
          <span className={styles.actor}>{c.actors.map((a) => a.name).join(' and ')}</span>
          <span className={styles.tagline}>{c.tagline}</span>
        </li>
      ))}
    </ul>
  );
}

export function CharacterList() {
  const { data } = useSuspenseQuery(characterListQuery());
  const returning = data.filter((c) => c.firstSeason === 1);
  const newcomers = data.filter((c) => c.firstSeason === 2);
  return (
    <>
      <section aria-labelledby="new-in-season-2">
        <h2 id="new-in-season-2">New in Season 2</h2>
        <CharacterCards characters={newcomers} />
      </section>
      <section aria-labelledby="returning">
        <h2 id="returning">Returning from Season 1</h2>
        <CharacterCards characters={returning} />
      </section>
    </>
  );
}
