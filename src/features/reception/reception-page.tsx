import { useSuspenseQuery } from '@tanstack/react-query';
import { Caveats } from '@/lib/caveats.tsx';
import { NameLinks } from '@/lib/character-links.tsx';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { paths } from '@/lib/paths.ts';
import { receptionQuery } from './reception-queries.ts';
import { awardTally, viewReception, type ReceptionView } from './reception-view.ts';
import styles from './reception-page.module.css';

const seasonName = (season: number | undefined) => (season ? `Season ${season}` : 'The series');

/** How the show was received: critics, scores as they moved, who watched, and awards, each sourced. */
export function ReceptionPage() {
  const { data: document } = useSuspenseQuery(receptionQuery());
  const view: ReceptionView = viewReception(document);
  const { reviews, scores, viewing, awards, citations } = view;
  const numbers = numberCitations(citations);
  const ceremonies = [...new Set(awards.map((a) => `${a.year} ${a.ceremony}`))];

  return (
    <article className={styles.article}>
      <h1>Reception</h1>
      <p className={styles.lede}>
        What critics made of <i>Heartstopper</i>, how its scores moved, how many watched, and the awards it was up
        for. Every figure cites where it was reported; tap a footnote for the passage.
      </p>

      {scores.length > 0 ? (
        <section aria-labelledby="scores">
          <h2 id="scores">Review scores</h2>
          {[...new Set(scores.map((s) => s.season))].map((season) => (
            <section key={season ?? 0} aria-label={`${seasonName(season)} scores`}>
              <h3>{seasonName(season)}</h3>
              <ul className={styles.list}>
                {scores
                  .filter((s) => s.season === season)
                  .map((s) => (
                    <li key={s.id}>
                      <p>
                        <time dateTime={s.date} className={styles.when}>
                          {formatDate(s.date)}
                        </time>{' '}
                        {s.site} {s.measure}: <strong>{s.percent}%</strong>
                        {s.reviews ? ` from ${s.reviews} reviews` : ''}
                        <Cite sources={s.sources} numbers={numbers} />
                      </p>
                      <Caveats item={s} className={styles.note} />
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {viewing.length > 0 ? (
        <section aria-labelledby="viewing">
          <h2 id="viewing">Audience</h2>
          <ul className={styles.list}>
            {viewing.map((v) => (
              <li key={v.id}>
                <p>
                  <strong>
                    {seasonName(v.season)}, {v.period}:
                  </strong>{' '}
                  {v.text}
                  <Cite sources={v.sources} numbers={numbers} />
                </p>
                <Caveats item={v} className={styles.note} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {awards.length > 0 ? (
        <section aria-labelledby="awards">
          <h2 id="awards">Awards and nominations</h2>
          {ceremonies.map((ceremony) => {
            const given = awards.filter((a) => `${a.year} ${a.ceremony}` === ceremony);
            const { wins, nominations } = awardTally(given);
            return (
              <section key={ceremony} aria-label={ceremony} className={styles.ceremony}>
                <h3>
                  {ceremony}{' '}
                  <span className={styles.tally}>
                    {wins} {wins === 1 ? 'win' : 'wins'} from {nominations} {nominations === 1 ? 'nomination' : 'nominations'}
                  </span>
                </h3>
                <ul className={styles.list}>
                  {given.map((a) => (
                    <li key={a.id}>
                      <p>
                        <span className={a.result === 'won' ? styles.won : styles.nominated}>{a.result === 'won' ? 'Won' : 'Nominated'}</span>{' '}
                        {a.category}: {a.people.length > 0 ? <NameLinks items={a.people} to={paths.cast} /> : a.nominee}
                        {a.season ? ` (${seasonName(a.season)})` : ''}
                        <Cite sources={a.sources} numbers={numbers} />
                      </p>
                      <Caveats item={a} className={styles.note} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      ) : null}

      {reviews.length > 0 ? (
        <section aria-labelledby="reviews">
          <h2 id="reviews">Reviews</h2>
          <ul className={styles.list}>
            {reviews.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.sources[0]?.publication ?? r.critic}</strong>
                  {r.critic && r.sources[0]?.publication ? `, ${r.critic}` : ''} ({seasonName(r.season)},{' '}
                  <time dateTime={r.date}>{formatDate(r.date)}</time>){r.rating ? `, ${r.rating}` : ''}: {r.verdict}
                  <Cite sources={r.sources} numbers={numbers} />
                </p>
                <Caveats item={r} className={styles.note} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <References sources={citations} />
    </article>
  );
}
