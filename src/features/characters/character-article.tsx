import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { PageHead } from '@/lib/page-head.tsx';
import { paths } from '@/lib/paths.ts';
import type { ContentNote, Source } from '@/lib/schema.ts';
import { SpoilerPlaceholder } from '@/lib/spoiler-placeholder.tsx';
import { documents } from '@/lib/dataset.ts';
import type { Slot } from '@/lib/gated.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { useReveals } from '@/lib/use-reveals.ts';
import { viewCharacter, type CharacterView } from './character-page.ts';
import { characterQuery } from './character-queries.ts';
import styles from './character-article.module.css';

const idsOf = (sources: readonly Source[]) => sources.map((s) => s.id);

const CONTENT_NOTE_LABELS: Record<ContentNote, string> = {
  'mental-health': 'mental health',
  homophobia: 'homophobia',
  'eating-disorder': 'eating disorders',
  'self-harm': 'self-harm',
  bullying: 'bullying',
};

/**
 * The character page with its head tags. Single reveals live in state here, so they hold until the page is
 * left: render it with `key={slug}` so another character starts fresh.
 */
export function CharacterPageContent({ slug, settings }: { slug: string; settings: SpoilerSettings }) {
  const [revealed, reveal] = useReveals();
  const { data: document } = useSuspenseQuery(characterQuery(slug));
  const { gate, failed, retry } = useGate(documents.character(slug), document, settings, revealed);
  if (!document) return null;
  const view = viewCharacter(document, gate);
  return (
    <>
      <PageHead title={view.character.name} description={view.character.tagline} path={paths.character(slug)} type="profile" />
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <CharacterArticle view={view} onReveal={reveal} />
    </>
  );
}

/** Renders each slot: the item, or a placeholder with a Reveal button in its place. */
function Slots<T>({ slots, noun, onReveal, children }: {
  slots: Slot<T>[];
  noun: string;
  onReveal: (key: string) => void;
  children: (item: T) => ReactNode;
}) {
  return slots.map((slot) =>
    slot.hidden ? (
      <SpoilerPlaceholder key={slot.key} as="li" reveals={slot.reveals} noun={noun} onReveal={() => onReveal(slot.key)} />
    ) : (
      <li key={slot.key}>{children(slot.item)}</li>
    ),
  );
}

export function CharacterArticle({ view, onReveal }: { view: CharacterView; onReveal: (key: string) => void }) {
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
        <Cite ids={idsOf(character.summary.sources)} numbers={numbers} />
      </p>

      {details.length > 0 ? (
        <section aria-labelledby="story">
          <h2 id="story">In the story</h2>
          <ul className={styles.facts}>
            <Slots slots={details} noun="detail" onReveal={onReveal}>
              {(d) => (
                <>
                  <MediumLabel medium={d.medium} />
                  {d.text}
                  <Cite ids={idsOf(d.sources)} numbers={numbers} />
                  {d.note ? <span className={styles.note}> Note: {d.note}</span> : null}
                </>
              )}
            </Slots>
          </ul>
        </section>
      ) : null}

      {relationships.length > 0 ? (
        <section aria-labelledby="relationships">
          <h2 id="relationships">Relationships</h2>
          <ul className={styles.relationships}>
            <Slots slots={relationships} noun="relationship" onReveal={onReveal}>
              {(r) => (
                <>
                  <Link to={paths.character(r.other.id)}>{r.other.name}</Link>
                  <span className={styles.role}> · {r.role}</span>
                  <Cite ids={idsOf(r.sources)} numbers={numbers} />
                  {r.note ? <span className={styles.note}> Note: {r.note}</span> : null}
                </>
              )}
            </Slots>
          </ul>
        </section>
      ) : null}

      {quotes.length > 0 ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">Quotes about {character.name.split(' ')[0]}</h2>
          <ul className={styles.quotes}>
            <Slots slots={quotes} noun="quote" onReveal={onReveal}>
              {(q) => (
                <figure className={styles.quote}>
                  <blockquote>
                    <p>{q.text}</p>
                  </blockquote>
                  <figcaption>
                    {q.speakerName}, {q.said}, <time dateTime={q.date}>{formatDate(q.date)}</time>
                    <Cite ids={[q.source.id]} numbers={numbers} />
                  </figcaption>
                </figure>
              )}
            </Slots>
          </ul>
        </section>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline">On the timeline</h2>
          <ul className={styles.facts}>
            <Slots slots={events} noun="event" onReveal={onReveal}>
              {(e) => (
                <>
                  <MediumLabel medium={e.medium} />
                  <time dateTime={e.date}>{formatDate(e.date)}</time>:{' '}
                  <Link to={paths.timelineEvent(e.id)}>{e.title}</Link>
                  <Cite ids={idsOf(e.sources)} numbers={numbers} />
                </>
              )}
            </Slots>
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
