import { Link } from 'react-router';
import { Cite, numberCitations, References } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import { GatedSection, sectionGate } from '@/lib/gated-section.tsx';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { SongLine } from '@/lib/song-line.tsx';
import { useGate } from '@/lib/use-gate.ts';
import { listOf, ROLE_WORDS } from '@/lib/words.ts';
import { viewMusic, type MusicDocument, type MusicSection } from './music-view.ts';
import styles from './music-page.module.css';

/**
 * The soundtrack at the viewer's level: who made the music, then the songs of each episode they have
 * watched. A song names a moment, so it waits for its episode, as on the episode page.
 */
export function MusicPage({ document, settings }: { document: MusicDocument & GatedDocument; settings: SpoilerSettings }) {
  const gated = useGate(documents.music, document, settings);
  const view = viewMusic(gated.document);
  const numbers = numberCitations(view.citations);
  const songs = sectionGate(gated, 'songs' satisfies MusicSection, view.songs);

  return (
    <article className={styles.article}>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      <h1>Music</h1>
      <p className={styles.lede}>
        Who scored <i>Heartstopper</i> and chose its songs, and what plays in each episode. Songs wait for their
        episode, as they name the moment they play under.
      </p>

      {view.makers.length > 0 ? (
        <section aria-labelledby="makers">
          <h2 id="makers">Who made the music</h2>
          <ul className={styles.list}>
            {view.makers.map((m) => (
              <li key={m.id}>
                <p>
                  <Link to={paths.cast(m.id)} className={styles.name}>
                    {m.name}
                  </Link>
                  , {listOf(m.roles.map((r) => ROLE_WORDS[r]))}
                  <Cite sources={m.sources} numbers={numbers} />
                </p>
                {m.about ? (
                  <p className={styles.about}>
                    {m.about.text}
                    <Cite sources={m.about.sources} numbers={numbers} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {songs ? (
        <GatedSection id="songs" heading="Songs by episode" listClassName={styles.episodes} {...songs}>
          {view.byEpisode.map(({ episode, songs: played }) => (
            <li key={episode.id}>
              <h3>
                <Link to={paths.episode(episode.id)}>
                  Season {episode.season}, episode {episode.number}: {episode.title}
                </Link>
              </h3>
              <ol className={styles.songs}>
                {played.map((s) => (
                  <li key={`${s.title}|${s.artist}`}>
                    <SongLine song={s} numbers={numbers} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </GatedSection>
      ) : null}

      <References sources={view.citations} />
    </article>
  );
}
