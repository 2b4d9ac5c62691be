import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import type { ContentNote, Source } from '@/lib/schema.ts';
import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { EpisodeBadge, GatedSection } from '@/lib/gated-section.tsx';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { viewCharacter, type CharacterDocument, type CharacterSection, type CharacterView } from './character-page.ts';
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
 * The character page; its head tags are the route's. Sections shown by hand live in state here, so they hold
 * until the page is left: render it with `key={slug}` so another character starts fresh.
 */
export function CharacterPageContent({ slug, settings }: { slug: string; settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(characterQuery(slug));
  if (!document) return null;
  return <GatedCharacter slug={slug} document={document} settings={settings} />;
}

function GatedCharacter({ slug, document, settings }: { slug: string; document: CharacterDocument & GatedDocument; settings: SpoilerSettings }) {
  const gated = useGate(documents.character(slug), document, settings);
  const view = viewCharacter(gated.document);
  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <CharacterArticle
        view={view}
        sections={{
          hidden: (s) => gated.hidden.has(s),
          showing: (s) => gated.showing.has(s),
          show: gated.show,
        }}
      />
    </>
  );
}

/** What each section needs from the gate: whether it hides more, and how to show it. */
export type SectionGate = {
  hidden: (section: CharacterSection) => boolean;
  showing: (section: CharacterSection) => boolean;
  show: (section: CharacterSection) => void;
};

export function CharacterArticle({ view, sections }: { view: CharacterView; sections: SectionGate }) {
  const { character, actors, details, relationships, quotes, events, citations } = view;
  const numbers = numberCitations(citations);
  const playedBy = actors.map((a) => (a.species ? `${a.name} (a ${a.species})` : a.name)).join(' and ');
  // A section shows when it has something to show or to hide.
  const section = (name: CharacterSection, items: readonly unknown[]) =>
    items.length > 0 || sections.hidden(name)
      ? { hidden: sections.hidden(name), showing: sections.showing(name), onShow: () => sections.show(name) }
      : null;
  const story = section('details', details);
  const related = section('relationships', relationships);
  const said = section('quotes', quotes);
  const onTimeline = section('events', events);

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

      {story ? (
        <GatedSection id="story" heading="In the story" listClassName={styles.facts} {...story}>
              {details.map((d) => (
                <li key={d.text}>
                  {d.reveals ? <EpisodeBadge reveals={d.reveals} /> : null}
                  <MediumLabel medium={d.medium} />
                  {d.text}
                  <Cite ids={idsOf(d.sources)} numbers={numbers} />
                  {d.note ? <span className={styles.note}> Note: {d.note}</span> : null}
                </li>
              ))}
        </GatedSection>
      ) : null}

      {related ? (
        <GatedSection id="relationships" heading="Relationships" listClassName={styles.relationships} {...related}>
              {relationships.map((r) => (
                <li key={r.id}>
                  <Link to={paths.character(r.other.id)}>{r.other.name}</Link>
                  <span className={styles.role}> · {r.role}</span>
                  {r.reveals ? <> <EpisodeBadge reveals={r.reveals} /></> : null}
                  <Cite ids={idsOf(r.sources)} numbers={numbers} />
                  {r.note ? <span className={styles.note}> Note: {r.note}</span> : null}
                </li>
              ))}
        </GatedSection>
      ) : null}

      {said ? (
        <GatedSection id="quotes" heading={`Quotes about ${character.name.split(' ')[0]}`} listClassName={styles.quotes} {...said}>
              {quotes.map((q) => (
                <li key={q.id}>
                  <figure className={styles.quote}>
                    <blockquote>
                      <p>{q.text}</p>
                    </blockquote>
                    <figcaption>
                      {q.reveals ? <EpisodeBadge reveals={q.reveals} /> : null}
                      {q.speakerName}, {q.said}, <time dateTime={q.date}>{formatDate(q.date)}</time>
                      <Cite ids={[q.source.id]} numbers={numbers} />
                    </figcaption>
                  </figure>
                </li>
              ))}
        </GatedSection>
      ) : null}

      {onTimeline ? (
        <GatedSection id="timeline" heading="On the timeline" listClassName={styles.facts} {...onTimeline}>
              {events.map((e) => (
                <li key={e.id}>
                  {e.reveals ? <EpisodeBadge reveals={e.reveals} /> : null}
                  <MediumLabel medium={e.medium} />
                  <time dateTime={e.date}>{formatDate(e.date)}</time>:{' '}
                  <Link to={paths.timelineEvent(e.id)}>{e.title}</Link>
                  <Cite ids={idsOf(e.sources)} numbers={numbers} />
                </li>
              ))}
        </GatedSection>
      ) : null}

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <References sources={citations} />
      </section>
    </article>
  );
}
