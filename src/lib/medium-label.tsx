import type { Medium } from './schema.server.ts';
import styles from './medium-label.module.css';

const LABELS: Record<Medium, string> = { books: 'In the books', adaptation: 'Books vs show' };

/** Says when a fact or event is about Alice Oseman's books, or compares them with the series, not the series. */
export function MediumLabel({ medium }: { medium: Medium | undefined }) {
  return medium ? <span className={styles.label}>{LABELS[medium]}</span> : null;
}
