import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates.ts';
import { EpisodeTiles } from '@/lib/episode-tiles.tsx';
import { paths } from '@/lib/paths.ts';
import { seasonOverviewQuery } from './home-queries.ts';
import styles from './season-at-a-glance.module.css';

/**
 * The home page below its welcome: the season's facts and episodes, its new faces, and the latest news. All of it
 * is public (see `buildSeasonOverview`), so it is the same at every spoiler level.
 */
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
            <dd>
              {Math.floor(data.runtimeMinutes / 60)} h {data.runtimeMinutes % 60} min
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="episodes">
        <h2 id="episodes">Episodes</h2>
        <EpisodeTiles episodes={data.episodes} />
        <p>
          <Link to={paths.episodes()}>Every episode of both seasons</Link>
        </p>
      </section>

      <section aria-labelledby="new-faces">
        <h2 id="new-faces">New faces</h2>
        <ul className={styles.faces}>
          {data.newCharacters.map((c) => (
            <li key={c.id}>
              {/* Files the build draws (src/app/entry-server.tsx), as on character pages. */}
              <img src={paths.avatar(c.id)} alt="" width={56} height={56} loading="lazy" />
              <div>
                <Link to={paths.character(c.id)} className={styles.name}>
                  {c.name}
                </Link>
                <p className={styles.muted}>{c.tagline}</p>
              </div>
            </li>
          ))}
        </ul>
        {data.newCharacterCount > data.newCharacters.length ? (
          <p>
            <Link to={paths.characters({ newOnly: true })}>All {data.newCharacterCount} new characters</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="news">
        <h2 id="news">Latest news</h2>
        <ul className={styles.news}>
          {data.latestNews.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date} className={styles.muted}>
                {formatDate(e.date)}
              </time>
              <Link to={paths.timelineEvent(e.id, undefined, e.page)}>{e.title}</Link>
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
