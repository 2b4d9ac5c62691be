import type { ReactNode } from 'react';
import styles from './quote-figure.module.css';

/** The class for a list of quotes: one figure each, unmarked. */
export const quoteListClass = styles.quotes;

/** A quote as printed, set off from the page's own prose, with who said it, where and when as its caption. */
export function QuoteFigure({ text, children }: { text: string; /** The caption. */ children: ReactNode }) {
  return (
    <figure className={styles.quote}>
      <blockquote>
        <p>{text}</p>
      </blockquote>
      <figcaption>{children}</figcaption>
    </figure>
  );
}
