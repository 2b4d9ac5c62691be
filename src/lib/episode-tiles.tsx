import { Link } from 'react-router';
import { runtimeText } from './episode-facts.ts';
import type { EpisodeSummary } from './gated-queries.ts';
import { paths } from './paths.ts';
import styles from './episode-tiles.module.css';

function Runtime({ episode }: { episode: EpisodeSummary }) {
  const text = runtimeText(episode, 'short');
  return text ? <span className={styles.runtime}>{text}</span> : null;
}

/** A season's episodes as numbered tiles, each linking to its page: the home page's and the episode guide's. */
export function EpisodeTiles({ episodes }: { episodes: readonly EpisodeSummary[] }) {
  return (
    <ol className={styles.tiles}>
      {episodes.map((e) => (
        <li key={e.id}>
          <span className={styles.number} aria-hidden="true">
            {e.number}
          </span>
          <Link to={paths.episode(e.id)} className={styles.title}>
            <span className="visually-hidden">Episode {e.number}:</span> {e.title}
          </Link>
          <Runtime episode={e} />
        </li>
      ))}
    </ol>
  );
}
