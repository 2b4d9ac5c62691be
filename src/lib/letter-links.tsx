import { Link } from 'react-router';
import { letterLabel } from './name-letters.ts';
import styles from './letter-links.module.css';
import smallTarget from './small-target.module.css';

type Props = {
  /** What the links are, for the navigation landmark: "Characters by name". */
  label: string;
  /** The letters an index is cut into (`lettersOf`); none when it fits on one page. */
  letters: readonly string[];
  /** Each letter's page. */
  href: (letter: string) => string;
  /** The letter of the page this is on, if it is one. */
  current?: string | undefined;
};

/** The A–Z pages of an index too long for one page (docs/decisions/0032), as plain links. */
export function LetterLinks({ label, letters, href, current }: Props) {
  if (letters.length === 0) return null;
  return (
    <nav aria-label={label} className={styles.letters}>
      <ul>
        {letters.map((l) => (
          <li key={l}>
            <Link to={href(l)} aria-current={l === current ? 'page' : undefined} className={smallTarget.target}>
              {letterLabel(l)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
