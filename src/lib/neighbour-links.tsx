import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './neighbour-links.module.css';

type Neighbour = { to: string; name: ReactNode } | null;

/** "← Previous" and "Next →" at the foot of a page: the character pages' index order, the episodes' watch order. */
export function NeighbourLinks({ label, previous, next }: { label: string; previous: Neighbour; next: Neighbour }) {
  return (
    <nav aria-label={label} className={styles.neighbours}>
      {previous ? (
        <Link to={previous.to} rel="prev">
          <span>Previous</span> {previous.name}
        </Link>
      ) : null}
      {next ? (
        <Link to={next.to} rel="next" className={styles.next}>
          <span>Next</span> {next.name}
        </Link>
      ) : null}
    </nav>
  );
}
