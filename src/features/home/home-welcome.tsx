import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import styles from './home-welcome.module.css';

/** The home page's opening: what the wiki is, the ways in, and one line on spoilers, under drifting leaves. */
export function HomeWelcome() {
  return (
    <header className={styles.welcome}>
      <h1>Heartstopper Season 2 at a glance</h1>
      <p className={styles.lead}>Characters, cast and a sourced timeline of Season 2, written by fans.</p>
      <p className={styles.spoilers}>Nothing after the episode you’ve reached shows until you say so: set it in the header.</p>
      <nav aria-label="Start here" className={styles.ways}>
        <Link to={paths.characters()}>Meet the characters</Link>
        <Link to={paths.timeline()}>Browse the timeline</Link>
        <Link to={paths.reception()}>Reviews and awards</Link>
      </nav>
    </header>
  );
}
