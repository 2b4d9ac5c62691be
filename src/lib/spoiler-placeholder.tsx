import { describeReveal } from './spoilers.ts';
import styles from './spoiler-placeholder.module.css';

type SpoilerPlaceholderProps = {
  reveals: string;
  /** What kind of thing is hidden: "detail", "relationship", "quote", "event". */
  noun: string;
  onReveal: () => void;
  as?: 'li' | 'p';
};

/** Stands in for a hidden item: says where the spoiler comes from, never what it is. */
export function SpoilerPlaceholder({ reveals, noun, onReveal, as: Tag = 'p' }: SpoilerPlaceholderProps) {
  const label = `A ${describeReveal(reveals)} ${noun} is hidden`;
  return (
    <Tag className={styles.placeholder}>
      <span>{label}.</span>{' '}
      <button type="button" className={styles.reveal} onClick={onReveal} aria-label={`Reveal the ${describeReveal(reveals)} ${noun}`}>
        Reveal
      </button>
    </Tag>
  );
}
