import styles from './gated-section.module.css';

/** Said in place when spoilers the viewer asked for could not be fetched: offline, or a deploy in between. */
export function GatedUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <p className={styles.more} role="alert">
      <span>Some of what you asked to see couldn’t be loaded. Check your connection.</span>{' '}
      <button type="button" className={styles.show} onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
