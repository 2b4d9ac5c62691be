import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { paths } from '@/lib/paths.ts';
import type { ContentNote } from '@/lib/schema.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { type CharacterPage, gateCharacterPage, type CharacterView } from './character-page.ts';
import { characterQuery } from './character-queries.ts';
import styles from './character-article.module.css';

const CONTENT_NOTE_LABELS: Record<ContentNote, string> = {
  'mental-health': 'mental health',
  homophobia: 'homophobia',
  'eating-disorder': 'eating disorders',
  'self-harm': 'self-harm',
  bullying: 'bullying',
};

/** Reads the character at the viewer's spoiler setting. Gating happens in `select`, before render. */
export function useCharacterView(slug: string, settings: SpoilerSettings): CharacterView | null {
  const select = useCallback(
    (page: CharacterPage | null) => (page ? gateCharacterPage(page, settings) : null),
    [settings],
  );
  return useSuspenseQuery({ ...characterQuery(slug), select }).data;
}

export function CharacterArticle({ view }: { view: CharacterView }) {
  const { character, actors, details, relationships, quotes, events, citations } = view;
  const numbers = numberCitations(citations);
  const playedBy = actors.map((a) => (a.species ? `${a.name} (a ${a.species})` : a.name)).join(' and ');

  return (
    <article className={styles.article}>
      <header>
        <h1>{character.name}</h1>
        <p className={styles.tagline}>{character.tagline}</p>
      </header>

      {character.contentNotes?.length ? (
        <aside className={styles.contentNote} aria-label="Content note">
          <strong>Content note:</strong> this page mentions{' '}
          {character.contentNotes.map((n) => CONTENT_NOTE_LABELS[n]).join(' and ')}.
        </aside>
      ) : null}

      <dl className={styles.infobox} aria-label="Infobox">
        <dt>Played by</dt>
        <dd>{playedBy}</dd>
        <dt>First appears</dt>
        <dd>Season {character.firstSeason}</dd>
        {character.aliases?.length ? (
          <>
            <dt>Also known as</dt>
            <dd>{character.aliases.join(', ')}</dd>
          </>
        ) : null}
      </dl>

      <p>
        {character.summary.text}
        <Cite ids={character.summary.sources} numbers={numbers} />
      </p>

      {details.length > 0 ? (
        <section aria-labelledby="story">
          <h2 id="story">In the story</h2>
          <ul className={styles.facts}>
            {details.map((d) => (
              <li key={d.text}>
                {d.text}
                <Cite ids={d.sources} numbers={numbers} />
                {d.note ? <span className={styles.note}> Note: {d.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {relationships.length > 0 ? (
        <section aria-labelledby="relationships">
          <h2 id="relationships">Relationships</h2>
          <ul className={styles.relationships}>
            {relationships.map((r) => (
              <li key={r.id}>
                <Link to={paths.character(r.other.id)}>{r.other.name}</Link>
                <span className={styles.role}> · {r.role}</span>
                <Cite ids={r.sources} numbers={numbers} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {quotes.length > 0 ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">Quotes about {character.name.split(' ')[0]}</h2>
          {quotes.map((q) => (
            <figure key={q.id} className={styles.quote}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              <figcaption>
                {q.speakerName}, {q.said}, <time dateTime={q.date}>{formatDate(q.date)}</time>
                <Cite ids={[q.source]} numbers={numbers} />
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline">On the timeline</h2>
          <ul className={styles.facts}>
            {events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date}>{formatDate(e.date)}</time>:{' '}
                <Link to={paths.timelineEvent(e.id)}>{e.title}</Link>
                <Cite ids={e.sources} numbers={numbers} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <References sources={citations} />
      </section>
    </article>
  );
}
