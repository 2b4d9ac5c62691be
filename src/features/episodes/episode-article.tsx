import { Link } from 'react-router';
import { Caveats } from '@/lib/caveats.tsx';
import { CharacterLinks } from '@/lib/character-links.tsx';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { formatDate } from '@/lib/dates.ts';
import { runtimeText } from '@/lib/episode-facts.ts';
import { GatedSection, sectionGate, type SectionGate } from '@/lib/gated-section.tsx';
import { NeighbourLinks } from '@/lib/neighbour-links.tsx';
import { paths } from '@/lib/paths.ts';
import { ShareButton } from '@/lib/share-button.tsx';
import { SongLine } from '@/lib/song-line.tsx';
import { episodeCode, type EpisodeSection, type EpisodeSummaryLink, type EpisodeView } from './episode-view.ts';
import styles from './episode-article.module.css';

/** "S2 · E4 Challenge", for the previous and next links. */
const NeighbourName = ({ episode }: { episode: EpisodeSummaryLink }) => (
  <>
    {episodeCode(episode)} {episode.title}
  </>
);

export function EpisodeArticle({ view, sections }: { view: EpisodeView; sections: SectionGate }) {
  const { episode, credits, ratings, logline, story, songs, locations, citations, neighbours } = view;
  const numbers = numberCitations(citations);
  const runtime = runtimeText(episode, 'long');
  // A section shows when it has something to show or to hide.
  const section = (name: EpisodeSection, items: readonly unknown[]) => sectionGate(sections, name, items);
  const synopsis = section('logline', logline);
  const told = section('story', story);
  const music = section('songs', songs);
  const places = section('locations', locations);

  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <p className={styles.kicker}>
          Season {episode.season} · Episode {episode.number}
        </p>
        <h1>{episode.title}</h1>
        <ShareButton path={paths.episode(episode.id)} title={`${episode.title} (${episodeCode(episode)})`} />
      </header>

      <aside className={styles.infobox} aria-label="Infobox">
        <dl>
          <div>
            <dt>Released</dt>
            <dd>
              <time dateTime={episode.released}>{formatDate(episode.released)}</time>, on Netflix
              <Cite sources={episode.sources} numbers={numbers} />
            </dd>
          </div>
          {runtime ? (
            <div>
              <dt>Running time</dt>
              <dd>
                {runtime}
                {episode.runtimeAbout ? (
                  <>
                    <Cite sources={episode.runtimeAbout.sources} numbers={numbers} />
                    <span className={styles.qualifier}>for each episode of the season</span>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
          {credits ? (
            <>
              <div>
                <dt>Written by</dt>
                <dd>
                  <Link to={paths.cast(credits.writer.id)}>{credits.writer.name}</Link>
                  <Cite sources={credits.sources} numbers={numbers} />
                </dd>
              </div>
              <div>
                <dt>Directed by</dt>
                <dd>
                  <Link to={paths.cast(credits.director.id)}>{credits.director.name}</Link>
                  <Cite sources={credits.sources} numbers={numbers} />
                </dd>
              </div>
            </>
          ) : null}
          {ratings.length > 0 ? (
            <div>
              <dt>Critics’ ratings</dt>
              {ratings.map((r) => (
                <dd key={r.sources[0]?.id}>
                  {r.sources[0]?.publication ?? r.critic}: {r.rating}
                  <Cite sources={r.sources} numbers={numbers} />
                  {r.critic && r.sources[0]?.publication ? <span className={styles.qualifier}>by {r.critic}</span> : null}
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
      </aside>

      {synopsis ? (
        <GatedSection id="synopsis" heading="Synopsis" prose {...synopsis}>
          {logline.map((l) => (
            <p key={l.text} className={styles.synopsis}>
              {l.text}
              <Cite sources={l.sources} numbers={numbers} />
            </p>
          ))}
        </GatedSection>
      ) : null}

      {told ? (
        <GatedSection id="story" heading="Story" listClassName={styles.story} {...told}>
          {story.map((p) => (
            <li key={p.id}>
              <h3 className={styles.pointTitle}>{p.title}</h3>
              <p>
                {p.text}
                <Cite sources={p.sources} numbers={numbers} />
              </p>
              <Caveats item={p} className={styles.note} />
              <p className={styles.with}>
                With <CharacterLinks characters={p.characters} />
              </p>
            </li>
          ))}
        </GatedSection>
      ) : null}

      {music ? (
        <GatedSection id="music" heading="Music" listClassName={styles.list} {...music}>
          {songs.map((s) => (
            <li key={s.title}>
              <SongLine song={s} numbers={numbers} />
            </li>
          ))}
        </GatedSection>
      ) : null}
      {music ? (
        <p className={styles.all}>
          <Link to={paths.music()}>The soundtrack of every episode</Link>
        </p>
      ) : null}

      {places ? (
        <GatedSection id="locations" heading="Filming locations" listClassName={styles.list} {...places}>
          {locations.map((l) => (
            <li key={l.place}>
              <strong>{l.place}</strong>
              {l.scene ? <>: {l.scene}</> : null}
              <Cite sources={l.sources} numbers={numbers} />
              {l.note ? <span className={styles.note}> Note: {l.note}</span> : null}
            </li>
          ))}
        </GatedSection>
      ) : null}

      <References sources={citations} />

      <NeighbourLinks
        label="Previous and next episode"
        previous={neighbours.previous && { to: paths.episode(neighbours.previous.id), name: <NeighbourName episode={neighbours.previous} /> }}
        next={neighbours.next && { to: paths.episode(neighbours.next.id), name: <NeighbourName episode={neighbours.next} /> }}
      />
      <p className={styles.all}>
        <Link to={paths.episodes()}>All episodes</Link>
      </p>
    </article>
  );
}
