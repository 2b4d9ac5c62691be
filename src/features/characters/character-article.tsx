import { Fragment, useRef } from 'react';
import { Link } from 'react-router';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { NeighbourLinks } from '@/lib/neighbour-links.tsx';
import { paths } from '@/lib/paths.ts';
import type { ContentNote } from '@/lib/schema.server.ts';
import { EpisodeBadge, GatedSection, sectionGate, type SectionGate } from '@/lib/gated-section.tsx';
import { ShareButton } from '@/lib/share-button.tsx';
import { parseEpisodeCode } from '@/lib/spoilers.ts';
import { QuoteFigure, quoteListClass } from '@/lib/quote-figure.tsx';
import { type CharacterSection, type CharacterView, type RelationshipStep } from './character-view.ts';
import { RelationMapSlot } from './relation-map-slot.tsx';
import { useCharacterPreviews } from './use-character-previews.ts';
import styles from './character-article.module.css';


const CONTENT_NOTE_LABELS: Record<ContentNote, string> = {
  'mental-health': 'mental health',
  homophobia: 'homophobia',
  'eating-disorder': 'eating disorders',
  'self-harm': 'self-harm',
  bullying: 'bullying',
};

/** "1 and 2": the dataset covers two seasons, and everyone in it is in Season 2's cast (see the seasons row). */
const LAST_SEASON = 2;

/** A story point's season. */
const seasonOf = (point: { reveals: string }) => parseEpisodeCode(point.reveals)?.season ?? 0;

/**
 * Fewer points than this in a season the viewer has seen whole, and the storyline says the sources say no more:
 * a short storyline is the sources' silence, not the wiki's.
 */
const FULL_STORYLINE = 3;

/** A story point's title as the run-in head of its paragraph: "Nick tells his mum.", "“Would you kiss me?”" */
const asLead = (title: string) => (/[.!?]["”’']?$/.test(title) ? title : `${title}.`);

/** "Tori Spring (sister)", one a line, each linked. */
function RelationLinks({ relations }: { relations: readonly RelationshipStep[] }) {
  return relations.map((r) => (
    <span key={r.id}>
      <Link to={paths.character(r.other.id)}>{r.other.name}</Link> ({r.role})
    </span>
  ));
}

type CharacterArticleProps = {
  view: CharacterView;
  sections: SectionGate;
  /** The seasons the viewer's level sees whole: only there may the page say a storyline has no more to it. */
  seenSeasons: ReadonlySet<number>;
};

export function CharacterArticle({ view, sections, seenSeasons }: CharacterArticleProps) {
  const { character, actors, details, story, relationships, quotes, events, citations, neighbours } = view;
  const numbers = numberCitations(citations);
  const firstName = character.name.split(' ')[0];
  // A section shows when it has something to show or to hide.
  const section = (name: CharacterSection, items: readonly unknown[]) => sectionGate(sections, name, items);
  const storyline = section('story', story);
  const background = section('details', details);
  const related = section('relationships', relationships);
  const said = section('quotes', quotes);
  const onTimeline = section('events', events);
  const family = relationships.filter((r) => r.type === 'family');
  const romantic = relationships.filter((r) => r.type === 'partner' || r.type === 'crush' || r.type === 'ex');
  const seasons = Array.from({ length: LAST_SEASON - character.firstSeason + 1 }, (_, i) => character.firstSeason + i);
  // Each season with a story point, and each season the viewer has seen whole, where a short storyline says so.
  const storySeasons = [...new Set([...story.map(seasonOf), ...seasons.filter((n) => seenSeasons.has(n))])].sort((a, b) => a - b);
  const articleRef = useRef<HTMLElement>(null);
  const { wake, Previews, first } = useCharacterPreviews();

  return (
    <article ref={articleRef} className={styles.article} {...wake}>
      {Previews && first ? <Previews within={articleRef} first={first} /> : null}
      <header className={styles.header}>
        <h1>{character.name}</h1>
        {character.firstSeason === 2 ? <p className={styles.badge}>New in Season 2</p> : null}
        <p className={styles.tagline}>{character.tagline}</p>
        <ShareButton path={paths.character(character.id)} title={character.name} />
        {character.contentNotes?.length ? (
          <aside className={styles.contentNote} aria-label="Content note">
            <strong>Content note:</strong> this page mentions{' '}
            {character.contentNotes.map((n) => CONTENT_NOTE_LABELS[n]).join(' and ')}.
          </aside>
        ) : null}
      </header>

      <p className={styles.overview}>
        {character.summary.text}
        <Cite sources={character.summary.sources} numbers={numbers} />
      </p>

      {/* Family and partners follow the viewer's level, so the box waits with the rest while the page settles. */}
      <aside className={styles.infobox} aria-label="Infobox" data-gated="">
        {/* A file the build draws (src/app/entry-server.tsx), so this page carries no drawing code. Decorative, and
            low priority: React would otherwise preload it ahead of the stylesheet the first paint waits for. */}
        <img src={paths.avatar(character.id)} alt="" width={96} height={96} fetchPriority="low" />
        <dl>
          <dt>Played by</dt>
          <dd>
            {actors.map((a, i) => (
              <Fragment key={a.id}>
                {i > 0 ? ' and ' : null}
                <Link to={paths.cast(a.id)}>{a.name}</Link>
                {a.species ? ` (a ${a.species})` : null}
              </Fragment>
            ))}
          </dd>
          {character.aliases?.length ? (
            <>
              <dt>Also known as</dt>
              <dd>{character.aliases.join(', ')}</dd>
            </>
          ) : null}
          {character.occupation ? (
            <>
              <dt>Occupation</dt>
              <dd>
                {character.occupation.text}
                <Cite sources={character.occupation.sources} numbers={numbers} />
              </dd>
            </>
          ) : null}
          {family.length ? (
            <>
              <dt>Family</dt>
              <dd>
                <RelationLinks relations={family} />
              </dd>
            </>
          ) : null}
          {romantic.length ? (
            <>
              <dt>Relationships</dt>
              <dd>
                <RelationLinks relations={romantic} />
              </dd>
            </>
          ) : null}
          <dt>First appears</dt>
          <dd>Season {character.firstSeason}</dd>
          <dt>Seasons</dt>
          <dd>{seasons.join(' and ')}</dd>
        </dl>
      </aside>


      <div className={styles.body}>
      {storyline ? (
        <GatedSection id="story" heading="Storyline" prose listClassName={styles.storyline} {...storyline}>
          {storySeasons.map((season) => {
            const points = story.filter((p) => seasonOf(p) === season);
            return (
              <Fragment key={season}>
                <h3>Season {season}</h3>
                {[...new Map(points.map((p) => [p.episode?.id, p.episode])).values()].map((episode) => (
                  <Fragment key={episode?.id ?? 'season'}>
                    {episode ? (
                      <h4>
                        <Link to={paths.episode(episode.id)}>
                          Episode {episode.number}: {episode.title}
                        </Link>
                      </h4>
                    ) : null}
                    {points
                      .filter((p) => p.episode?.id === episode?.id)
                      .map((p) => (
                        <p key={p.id}>
                          {episode ? null : <EpisodeBadge reveals={p.reveals} />}
                          <strong>{asLead(p.title)}</strong> {p.text}
                          <Cite sources={p.sources} numbers={numbers} />
                          {p.disagreement ? <span className={styles.note}> Sources disagree: {p.disagreement}</span> : null}
                          {p.note ? <span className={styles.note}> Note: {p.note}</span> : null}
                        </p>
                      ))}
                  </Fragment>
                ))}
                {seenSeasons.has(season) && points.length < FULL_STORYLINE ? (
                  <p className={styles.note}>
                    {points.length === 0 ? 'The articles we cite report nothing' : 'The articles we cite say no more'} of{' '}
                    {firstName} in Season {season}.
                  </p>
                ) : null}
              </Fragment>
            );
          })}
        </GatedSection>
      ) : null}

      {background ? (
        <GatedSection id="background" heading="Background" prose listClassName={styles.storyline} {...background}>
          {details.map((d) => (
            <p key={d.text}>
              {d.reveals ? <EpisodeBadge reveals={d.reveals} /> : null}
              <MediumLabel medium={d.medium} />
              {d.text}
              <Cite sources={d.sources} numbers={numbers} />
              {d.note ? <span className={styles.note}> Note: {d.note}</span> : null}
            </p>
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
                  <Cite sources={r.sources} numbers={numbers} />
                  {r.note ? <span className={styles.note}> Note: {r.note}</span> : null}
                </li>
              ))}
        </GatedSection>
      ) : null}

      <RelationMapSlot character={character} relationships={relationships} />

      {said ? (
        <GatedSection id="quotes" heading={`Quotes about ${firstName}`} listClassName={quoteListClass} {...said}>
              {quotes.map((q) => (
                <li key={q.id}>
                  <QuoteFigure text={q.text}>
                    {q.reveals ? <EpisodeBadge reveals={q.reveals} /> : null}
                    <Link to={paths.cast(q.speaker)}>{q.speakerName}</Link>, {q.said}, <time dateTime={q.date}>{formatDate(q.date)}</time>
                    <Cite sources={[q.source]} numbers={numbers} />
                  </QuoteFigure>
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
                  <Link to={paths.timelineEvent(e.id, undefined, e.page)}>{e.title}</Link>
                  <Cite sources={e.sources} numbers={numbers} />
                </li>
              ))}
        </GatedSection>
      ) : null}
      {/* Only when the viewer sees an event of theirs: the timeline's filter names no one else (decision 0033). */}
      {events.length > 0 ? (
        <p>
          <Link to={paths.timeline(new URLSearchParams({ character: character.id }))}>Open the timeline filtered to {firstName}</Link>
        </p>
      ) : null}

      <References sources={citations} />

      <NeighbourLinks
        label="Previous and next character"
        previous={neighbours.previous && { to: paths.character(neighbours.previous.id), name: neighbours.previous.name }}
        next={neighbours.next && { to: paths.character(neighbours.next.id), name: neighbours.next.name }}
      />
      </div>
    </article>
  );
}
