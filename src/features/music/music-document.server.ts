/**
 * Build time: `/music/`'s document, from the people and episodes files. `src/app/site-documents.server.ts`
 * decides the data files with it; the browser gets the document, never this code (the types are in music-view.ts).
 */
import { citedSources, episodesInWatchOrder, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import { episodeFacts } from '@/lib/episode-facts.ts';
import type { Dataset, Person } from '@/lib/schema.server.ts';
import type { MusicDocument } from './music-view.ts';

/** The roles that made the music or chose the songs, in the order the page lists them. */
const MUSIC_ROLES: Person['roles'][number][] = ['composer', 'music-supervisor', 'editor'];

export function buildMusic(data: Dataset): MusicDocument {
  const cited = citedSources(data);
  const rank = (p: Person) => Math.min(...p.roles.map((r) => MUSIC_ROLES.indexOf(r)).filter((i) => i >= 0));
  const episodes = episodesInWatchOrder(data);
  return {
    makers: data.people
      .filter((p) => p.roles.some((r) => MUSIC_ROLES.includes(r)))
      .toSorted((a, b) => rank(a) - rank(b))
      .map((p) => ({
        id: p.id,
        name: p.name,
        roles: p.roles.filter((r) => MUSIC_ROLES.includes(r)),
        sources: cited(p),
        // A bio that tells the story is gated on the person's page; here it is simply left out.
        about: p.bio && p.bio.reveals === undefined ? { text: p.bio.text, sources: cited(p.bio) } : null,
      })),
    episodes: episodes.map(({ id, season, number, title }) => ({ id, season, number, title })),
    songs: episodes.flatMap((e) =>
      episodeFacts(e, data.episodes).songs.map((s) => ({ ...withoutExcerpts(s), episode: e.id, sources: cited(s) })),
    ),
  };
}
