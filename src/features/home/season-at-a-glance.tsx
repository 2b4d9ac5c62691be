import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates.ts';
import { paths } from '@/lib/paths.ts';
import { seasonOverviewQuery } from './home-queries.ts';
import styles from './season-at-a-glance.module.css';

export function SeasonAtAGlance() {
  const { data } = useSuspenseQuery(seasonOverviewQuery());
  return (
    <div className={styles.glance}>
      <dl className={styles.facts}>
        {data.released ? (
          <div>
            <dt>Released</dt>
            <dd>
              <time dateTime={data.released}>{formatDate(data.released)}</time>, on Netflix
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Episodes</dt>
          <dd>{data.episodes.length}</dd>
        </div>
        {data.runtimeMinutes ? (
          <div>
            <dt>Running time</dt>
            <dd>{Math.floor(data.runtimeMinutes / 60)} h {data.runtimeMinutes % 60} min</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="episodes">
        <h2 id="episodes">Episodes</h2>
        <ol className={styles.episodes}>
          {data.episodes.map((e) => (
            <li key={e.id}>
              <span className={styles.episodeTitle}>{e.title}</span>
              {e.runtimeMinutes ? <span className={styles.muted}> · {e.runtimeMinutes} min</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="new-faces">
        <h2 id="new-faces">New faces</h2>
        <ul className={styles.people}>
          {data.newCharacters.map((c) => (
            <li key={c.id}>
              <Link to={paths.character(c.id)}>{c.name}</Link>
              <span className={styles.muted}> · {c.tagline}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="news">
        <h2 id="news">News since Season 1</h2>
        <ul className={styles.people}>
          {data.news.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date} className={styles.muted}>
                {formatDate(e.date)}
              </time>{' '}
              <Link to={paths.timelineEvent(e.id)}>{e.title}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={paths.timeline()}>The full timeline</Link>
        </p>
      </section>
    </div>
  );
}
