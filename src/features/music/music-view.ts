import { referenceList } from '@/lib/citations.tsx';
import type { Episode, Person, Source } from '@/lib/schema.server.ts';

type Song = NonNullable<Episode['songs']>[number];

/** One song, with the episode it plays in, which reveals it (the moment it names is that episode's). */
export type MusicSong = Pick<Song, 'title' | 'artist' | 'moment'> & { episode: string; sources: Source[]; reveals: string };

/** Someone who made the show's music or chose its songs, with what a source says of that work. */
export type MusicMaker = {
  id: string;
  name: string;
  roles: Person['roles'];
  sources: Source[];
  /** Their bio, when it tells no story: the same words as on their page. */
  about: { text: string; sources: Source[] } | null;
};

/**
 * `/music/` as the build writes it: who made the music (public), and every song, each gated at its episode
 * like on the episode pages; the build splits the songs off (see `src/lib/gated.ts`).
 */
export type MusicDocument = {
  makers: MusicMaker[];
  /** Every episode in watch order, to group the songs under: numbers and titles, which no level hides. */
  episodes: Pick<Episode, 'id' | 'season' | 'number' | 'title'>[];
  /** In watch order, and within an episode in the order they play. */
  songs: MusicSong[];
};

/** The lists of the music page that can hold spoilers. */
export type MusicSection = 'songs';

export type MusicView = MusicDocument & {
  /** The visible songs under their episodes, episodes without a visible song left out. */
  byEpisode: { episode: MusicDocument['episodes'][number]; songs: MusicSong[] }[];
  citations: Source[];
};

/** The page at the viewer's level: songs grouped by episode, and the sources what is shown cites. */
export function viewMusic(document: MusicDocument): MusicView {
  const byEpisode = document.episodes
    .map((episode) => ({ episode, songs: document.songs.filter((s) => s.episode === episode.id) }))
    .filter((group) => group.songs.length > 0);
  const cited = [
    ...document.makers.flatMap((m) => [...m.sources, ...(m.about?.sources ?? [])]),
    ...document.songs.flatMap((s) => s.sources),
  ];
  return { ...document, byEpisode, citations: referenceList(cited) };
}
