import type { Episode } from './schema.server.ts';
import { previousEpisode } from './spoilers.ts';

/** One thing an episode entry says, with what cites it and the episode that reveals it (none: public). */
export type EpisodeFact = { text?: string | undefined; sources: readonly string[]; reveals?: string | undefined };

/**
 * What an episode entry says, each with its spoiler level, decided here once for every reader of
 * `data/episodes.json`: the title, release, runtime and credits are public; the logline is revealed by the
 * episode before (as a streaming service shows "next up"); the songs and filming places, which name moments,
 * by the episode itself.
 */
export function episodeFacts(episode: Episode, episodes: readonly Episode[]): EpisodeFact[] {
  return [
    { sources: [...episode.sources, ...(episode.credits?.sources ?? [])] },
    ...(episode.logline ? [{ ...episode.logline, reveals: previousEpisode(episode, episodes) }] : []),
    ...(episode.songs ?? []).map((song) => ({ text: song.moment, sources: song.sources, reveals: episode.id })),
    ...(episode.locations ?? []).map((place) => ({ text: place.scene, sources: place.sources, reveals: episode.id })),
  ];
}
