/**
 * Build time: each episode page's document, from the dataset. `src/app/site-documents.server.ts` decides the
 * data files with it; the browser gets the documents, never this code (the types are in episode-view.ts).
 */
import { citedSources, episodesInWatchOrder, groupedBy, oncePerDataset, storyInWatchOrder, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import { episodeFacts } from '@/lib/episode-facts.ts';
import type { Dataset, Episode } from '@/lib/schema.server.ts';
import type { EpisodeDocument, EpisodeSummaryLink } from './episode-view.ts';

/** Lookups by id, and the story by episode in its order, built once per dataset. */
const lookups = oncePerDataset((data: Dataset) => {
  const names = new Map([...data.characters, ...data.people].map((x) => [x.id, x.name]));
  return {
    link: (id: string) => ({ id, name: names.get(id) ?? id }),
    storyOf: groupedBy(storyInWatchOrder(data), (p) => [p.reveals]),
    inOrder: episodesInWatchOrder(data),
  };
});

const summary = (e: Episode | undefined): EpisodeSummaryLink | null =>
  e ? { id: e.id, season: e.season, number: e.number, title: e.title } : null;

/** Build time: one episode's page, with every item whole; the build splits off the gated ones. */
export function buildEpisodeDocument(data: Dataset, id: string): EpisodeDocument | null {
  const look = lookups(data);
  const at = look.inOrder.findIndex((e) => e.id === id);
  const episode = look.inOrder[at];
  if (!episode) return null;
  const { season, number, title, runtimeMinutes, runtimeAbout, released } = episode;
  // What each part reveals is decided once, for every reader of data/episodes.json.
  const { ratings, logline, songs, locations } = episodeFacts(episode, data.episodes);
  const cited = citedSources(data);
  return {
    episode: {
      id,
      season,
      number,
      title,
      runtimeMinutes,
      runtimeAbout: runtimeAbout && { from: runtimeAbout.from, to: runtimeAbout.to, sources: cited(runtimeAbout) },
      released,
      sources: cited(episode),
    },
    credits: episode.credits
      ? {
          writer: look.link(episode.credits.writer),
          director: look.link(episode.credits.director),
          sources: cited(episode.credits),
        }
      : null,
    ratings: ratings.map((r) => ({ rating: r.rating, critic: r.critic, sources: cited(r) })),
    neighbours: { previous: summary(look.inOrder[at - 1]), next: summary(look.inOrder[at + 1]) },
    logline: logline ? [{ ...withoutExcerpts(logline), sources: cited(logline) }] : [],
    story: look.storyOf(id).map((p) => ({ ...withoutExcerpts(p), characters: p.characters.map(look.link), sources: cited(p) })),
    songs: songs.map((s) => ({ ...withoutExcerpts(s), sources: cited(s) })),
    locations: locations.map((l) => ({ ...withoutExcerpts(l), sources: cited(l) })),
  };
}
